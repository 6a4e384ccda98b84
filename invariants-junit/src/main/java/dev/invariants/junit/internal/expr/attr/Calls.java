package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.MethodRef;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassSymbol;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.Members;
import dev.invariants.junit.internal.expr.types.MethodMember;
import dev.invariants.junit.internal.expr.types.MethodSymbol;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;
import dev.invariants.junit.internal.expr.types.Wildcard;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Method calls and instance creation (JLS 15.12, 15.9): where the method is looked for, which
 * overload applies (strict, then loose, then variable arity; the most specific one), its type
 * arguments inferred ({@link Inference}), its arguments converted, and how the JVM calls it.
 */
final class Calls {

    private final Attribution a;
    private final Overloads overloads;
    private final Completion completion;

    Calls(Attribution attribution) {
        this.a = attribution;
        this.overloads = new Overloads(attribution);
        this.completion = new Completion(attribution);
    }

    Overloads overloads() {
        return overloads;
    }

    Completion completion() {
        return completion;
    }

    // ---------------------------------------------------------------- method calls

    Value call(Node.Call call, Env env, JavaType target) throws ExpressionError {
        List<JavaType> explicit = typeArguments(call.typeArguments());
        Receiver receiver = receiver(call, env);
        List<Arg> args = arguments(call.arguments(), env);
        List<MethodMember> candidates = receiver.candidates;
        if (candidates.isEmpty()) {
            throw notFound(call, receiver, args);
        }
        Overloads.Chosen chosen = overloads.choose(candidates, args, explicit, call, describe(call, receiver));
        MethodMember member = chosen.member();
        MethodSymbol method = member.symbol();
        if (!method.isStatic() && receiver.value == null) {
            throw Errors.at(call.nameStart(), call.nameStart() + call.name().length(), "non-static method "
                    + call.name() + Overloads.parameters(member) + " cannot be referenced from a static context",
                    receiver.type != null ? "call it on an instance of " + receiver.type.symbol().simpleName()
                            : "a static method has no this; pass the object as a parameter");
        }
        boolean arrayClone = receiver.value != null && Types.upperBound(receiver.value.type()) instanceof ArrayType
                && method.name().equals("clone");
        String denied = arrayClone ? null : a.access.memberDenied(method.access(), method.owner(), method.name()
                + Overloads.parameters(member), receiver.value == null ? null : receiver.value.type());
        if (denied != null) {
            throw Errors.at(call, denied, null);
        }
        Completion.Completed done = completion.complete(chosen, args, target, call);
        if (done.defaulted() && target == null) {
            a.defaulted.add(call);
        }
        JavaType returnType = done.returnType();
        if (method.name().equals("getClass") && method.parameterTypes().isEmpty() && receiver.value != null) {
            returnType = new ClassType(Types.jdkType("java/lang/Class").symbol(),
                    List.of(new Wildcard(Types.erasure(receiver.value.type()), false)));
        }
        Typed target0 = method.isStatic() || receiver.value == null ? null : receiver.value.code();
        JavaType site = receiver.value != null ? receiver.value.type() : receiver.type;
        return invoke(method, site, target0, done.arguments(), returnType);
    }

    /** The call of {@code method} on {@code target} ({@code null}: static) seen through {@code site}, returning {@code returnType}. */
    Value invoke(MethodSymbol method, JavaType site, Typed target, List<Typed> arguments, JavaType returnType) {
        ClassSymbol owner = qualifying(method, site);
        boolean isInterface = owner.isInterface();
        MethodRef.Invocation invocation = method.isStatic() ? MethodRef.Invocation.STATIC
                : isInterface ? MethodRef.Invocation.INTERFACE : MethodRef.Invocation.VIRTUAL;
        String ownerName = owner.internalName();
        JavaType ownerType = ClassType.of(owner);
        Typed receiver = null;
        if (!method.isStatic() && target != null) {
            JavaType erasedSite = Types.erasure(Types.upperBound(site));
            if (erasedSite instanceof ArrayType && owner == dev.invariants.junit.internal.expr.types.TypeModel.object()
                    && method.name().equals("clone")) {
                ownerName = Types.asm(erasedSite).getDescriptor();
                receiver = target;
            } else {
                receiver = Conversions.coerce(target, site, ownerType);
            }
        }
        // an array's clone() is public (JLS 10.7), though Object declares it protected
        boolean direct = ownerName.startsWith("[") || a.access.direct(method.access(), method.owner(), ownerType);
        MethodRef ref = new MethodRef(ownerName, method.name(), method.descriptor(), invocation, isInterface, direct);
        JavaType shown = returnType == PrimitiveType.VOID ? PrimitiveType.VOID : returnType;
        Type erased = shown == PrimitiveType.VOID ? Type.VOID_TYPE : Types.asm(shown);
        return new Value(new Typed.Invoke(receiver, ref, arguments, erased), shown);
    }

    /**
     * The class the call instruction names (JLS 13.1): the receiver's static type when the generated
     * class may name it and it has the method, else the class that declares it.
     */
    private ClassSymbol qualifying(MethodSymbol method, JavaType site) {
        if (method.isStatic() || site == null) {
            return method.owner();
        }
        JavaType erased = Types.erasure(Types.upperBound(site));
        if (erased instanceof ClassType c && c.symbol().isSubclassOf(method.owner()) && a.access.classDirect(c)
                && !(method.isPrivate())) {
            return c.symbol();
        }
        return method.owner();
    }

    // ---------------------------------------------------------------- receivers

    /** Where a call looks for its method: a value, a type (static calls), or the declaring class and those around it. */
    private static final class Receiver {
        Value value;
        ClassType type;
        List<MethodMember> candidates = List.of();
        boolean unqualified;
    }

    private Receiver receiver(Node.Call call, Env env) throws ExpressionError {
        Receiver receiver = new Receiver();
        String name = call.name();
        if (call.target() == null) {
            receiver.unqualified = true;
            List<MethodMember> own = Members.methods(a.thisType, name);
            if (!own.isEmpty()) {
                receiver.candidates = own;
                receiver.type = a.thisType;
                if (!a.context.isStatic() && a.context.part() != null) {
                    receiver.value = new Value(new Typed.Var(a.thisVariable()), a.thisType);
                }
                return receiver;
            }
            for (ClassSymbol outer = enclosing(a.declaring); outer != null; outer = enclosing(outer)) {
                List<MethodMember> found = Members.methods(outer.thisType(), name);
                if (!found.isEmpty()) {
                    receiver.candidates = found.stream().filter(m -> m.symbol().isStatic()).toList();
                    receiver.type = outer.thisType();
                    if (receiver.candidates.isEmpty()) {
                        throw Errors.at(call, "non-static method " + name + " of the enclosing "
                                + outer.displayName() + " cannot be used in an invariant expression",
                                "make it static, or reachable from " + a.declaring.simpleName());
                    }
                    return receiver;
                }
            }
            receiver.type = a.thisType;
            return receiver;
        }
        Node target = call.target();
        Names.Qualifier qualifier = target instanceof Node.Name || target instanceof Node.Select
                ? a.names.typeOrValue(a.names.qualifier(target, env))
                : new Names.ValueQualifier(a.attribute(target, env));
        if (qualifier instanceof Names.TypeQualifier t) {
            receiver.type = t.type();
            receiver.candidates = Members.methods(t.type(), name);
            return receiver;
        }
        Value value = ((Names.ValueQualifier) qualifier).value();
        if (value.isVoid()) {
            throw Errors.at(target, "void cannot be dereferenced", null);
        }
        if (value.type() instanceof PrimitiveType p) {
            throw Errors.at(target, p + " cannot be dereferenced", "box it first, as in Integer.valueOf(x)."
                    + name + "(...), or use the static helpers of " + Types.boxed(p).symbol().simpleName());
        }
        if (value.type() == dev.invariants.junit.internal.expr.types.NullType.INSTANCE) {
            throw Errors.at(target, "<null> cannot be dereferenced", null);
        }
        receiver.value = value;
        receiver.candidates = Members.methods(value.type(), name);
        return receiver;
    }

    private ClassSymbol enclosing(ClassSymbol symbol) {
        return symbol.outerName() == null ? null : a.model.symbol(symbol.outerName());
    }

    private ExpressionError notFound(Node.Call call, Receiver receiver, List<Arg> args) {
        String where;
        if (receiver.value != null) {
            where = " in " + kind(receiver.value.type()) + Errors.name(receiver.value.type());
        } else if (receiver.type != null && !receiver.unqualified) {
            where = " in " + kind(receiver.type) + receiver.type.symbol().displayName();
        } else {
            where = "";
        }
        String hint = receiver.unqualified ? "the methods in scope are those of " + a.declaring.displayName()
                + " and its supertypes" : null;
        return Errors.at(call.nameStart(), call.end(), "cannot find symbol: method " + call.name()
                + Errors.arguments(Overloads.types(args)) + where, hint);
    }

    private static String kind(JavaType type) {
        JavaType upper = Types.upperBound(type);
        if (upper instanceof ClassType c) {
            return c.symbol().isInterface() ? "interface " : "class ";
        }
        return "";
    }

    private static String describe(Node.Call call, Receiver receiver) {
        ClassType type = receiver.value != null && Types.upperBound(receiver.value.type()) instanceof ClassType c ? c
                : receiver.type;
        return "method " + call.name() + (type == null ? "" : " in " + kind(type) + type.symbol().displayName());
    }

    // ---------------------------------------------------------------- arguments

    /** Attributes the arguments that type on their own; the others wait for their parameter types. */
    List<Arg> arguments(List<Node> nodes, Env env) throws ExpressionError {
        List<Arg> args = new ArrayList<>();
        for (Node each : nodes) {
            Arg arg = Arg.of(each, env);
            if (!arg.isFunctional()) {
                try {
                    Value value = a.attribute(each, env);
                    if (value.isVoid()) {
                        throw Errors.at(each, "'void' type not allowed here",
                                "an argument must have a value; call a method that returns one");
                    }
                    arg.value = captured(value);
                    arg.poly = a.defaulted.contains(Arg.unwrap(each));
                } catch (ExpressionError failed) {
                    if (!Arg.targetTyped(each) || failed.getMessage().startsWith("'void'")) {
                        throw failed;
                    }
                    arg.failure = failed;
                }
            }
            args.add(arg);
        }
        return args;
    }

    /**
     * A value of a wildcard-parameterized type as its capture (JLS 5.1.10), once, so that inference and the
     * argument's conversion see the same captured variables.
     */
    static Value captured(Value value) {
        if (value.type() instanceof ClassType c && c.arguments().stream().anyMatch(t -> t instanceof Wildcard)) {
            return value.withCode(value.code(), Members.capture(c));
        }
        return value;
    }

    List<JavaType> typeArguments(List<Node.TypeRef> refs) throws ExpressionError {
        List<JavaType> result = new ArrayList<>();
        for (Node.TypeRef each : refs) {
            JavaType type = a.typeNames.resolve(each);
            if (type instanceof PrimitiveType p) {
                throw Errors.at(each.start(), each.end(), "unexpected type: required reference, found " + p, null);
            }
            result.add(type);
        }
        return result;
    }

    // ---------------------------------------------------------------- instance creation

    Value newInstance(Node.New creation, Env env, JavaType target) throws ExpressionError {
        Node.TypeRef ref = creation.type();
        ClassSymbol symbol;
        ClassType type;
        if (ref.diamond()) {
            symbol = a.typeNames.classNamed(ref.name(), ref.start(), ref.end());
            if (symbol.typeParameters().isEmpty()) {
                throw Errors.at(ref.start(), ref.end(), "cannot infer type arguments for " + symbol.displayName()
                        + ": reason: cannot use '<>' with non-generic class " + symbol.displayName(), null);
            }
            type = symbol.thisType();
        } else {
            JavaType resolved = a.typeNames.resolve(ref);
            if (!(resolved instanceof ClassType c)) {
                throw Errors.at(ref.start(), ref.end(), "unexpected type: required class, found "
                        + Errors.name(resolved), null);
            }
            type = c;
            symbol = c.symbol();
        }
        if (symbol.isInterface() || symbol.isAbstract()) {
            throw Errors.at(creation, symbol.displayName() + " is abstract; cannot be instantiated",
                    "anonymous classes are not supported in invariant expressions; name a concrete class");
        }
        if (symbol.isEnum()) {
            throw Errors.at(creation, "enum classes may not be instantiated", null);
        }
        if (symbol.isInner()) {
            throw Errors.at(creation, "an inner class needs an enclosing instance: " + symbol.displayName()
                    + " cannot be created in an invariant expression", "make the nested class static");
        }
        List<Arg> args = arguments(creation.arguments(), env);
        List<MethodMember> constructors = Members.constructors(type);
        if (constructors.isEmpty()) {
            throw Errors.at(creation, "cannot find symbol: constructor " + symbol.simpleName()
                    + Errors.arguments(Overloads.types(args)), null);
        }
        String description = "constructor " + symbol.simpleName() + " in class " + symbol.displayName();
        Overloads.Chosen chosen = ref.diamond()
                ? overloads.chooseDiamond(constructors, symbol.typeParameters(), args, creation, description)
                : overloads.choose(constructors, args, List.of(), creation, description);
        MethodSymbol constructor = chosen.member().symbol();
        String denied = a.access.memberDenied(constructor.access(), symbol, symbol.simpleName()
                + Overloads.parameters(chosen.member()), null);
        if (denied != null) {
            throw Errors.at(creation, denied, null);
        }
        Completion.Completed done = completion.complete(chosen, args, target, creation);
        JavaType created = ref.diamond() ? done.created() : type;
        if (ref.diamond() && done.defaulted() && target == null) {
            a.defaulted.add(creation);
        }
        boolean direct = a.access.direct(constructor.access(), symbol, ClassType.of(symbol));
        MethodRef init = new MethodRef(symbol.internalName(), "<init>", constructor.descriptor(),
                MethodRef.Invocation.SPECIAL, false, direct);
        return new Value(new Typed.NewInstance(init, done.arguments(), Types.asm(created)), created);
    }

    /** Whether {@code flags} mark a static member; for readers of {@link MethodSymbol#access()}. */
    static boolean isStatic(int flags) {
        return (flags & Opcodes.ACC_STATIC) != 0;
    }

    /** A lambda-local variable, for method references turned into lambdas. */
    Variable local(String name, JavaType type) {
        return a.local(name, type);
    }
}
