package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.FunctionType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.Members;
import dev.invariants.junit.internal.expr.types.MethodMember;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Method references (JLS 15.13), attributed as the lambda whose body is the call they stand for:
 * {@code Line::cents} is {@code (Line l) -> l.cents()}. {@link Lambdas} gives them their function type;
 * here the reference is resolved on its qualifier (a type, a value or an array type) and its call or
 * creation chosen among the overloads.
 */
final class MethodRefs {

    private final Attribution a;

    MethodRefs(Attribution attribution) {
        this.a = attribution;
    }

    /** What {@code X::m} names before its parameter types are known: only when {@code m} is one method (JLS 15.13.1). */
    void exact(Node.MethodRef ref, Env env, FunctionType function, Inference inference) throws ExpressionError {
        List<JavaType> f = function.parameterTypes();
        Names.Qualifier qualifier = qualifier(ref, env);
        if (ref.name().equals("new")) {
            if (qualifier instanceof Names.TypeQualifier t && !t.type().symbol().isAbstract()) {
                List<MethodMember> constructors = Members.constructors(t.type());
                if (constructors.size() == 1 && !constructors.get(0).isVarargs() && !constructors.get(0).isGeneric()
                        && constructors.get(0).parameterTypes().size() == f.size()) {
                    for (int i = 0; i < f.size(); i++) {
                        inference.subtype(f.get(i), constructors.get(0).parameterTypes().get(i));
                    }
                }
            }
            return;
        }
        JavaType site = qualifier instanceof Names.TypeQualifier t ? t.type()
                : qualifier instanceof Names.ValueQualifier v ? v.value().type() : null;
        if (site == null) {
            return;
        }
        List<MethodMember> methods = Members.methods(site, ref.name());
        if (methods.size() != 1 || methods.get(0).isVarargs() || methods.get(0).isGeneric()) {
            return;
        }
        MethodMember method = methods.get(0);
        List<JavaType> p = method.parameterTypes();
        boolean unbound = qualifier instanceof Names.TypeQualifier && !method.symbol().isStatic();
        int offset = unbound ? 1 : 0;
        if (f.size() != p.size() + offset) {
            return;
        }
        if (unbound) {
            inference.subtype(f.get(0), site);
        }
        for (int i = 0; i < p.size(); i++) {
            inference.subtype(f.get(i + offset), p.get(i));
        }
        if (function.returnType() != PrimitiveType.VOID) {
            inference.compatible(method.returnType(), function.returnType());
        }
    }

    /**
     * The arities a method reference can take: {@code n} for a method called with the function's {@code n}
     * arguments (static, or on a bound receiver), {@code -(n + 1)} for an instance method of a type, whose
     * receiver is the function's first argument; {@code null} when the reference does not resolve.
     */
    Integer[] arities(Node.MethodRef ref, Env env) {
        try {
            Names.Qualifier qualifier = qualifier(ref, env);
            JavaType site = qualifier instanceof Names.TypeQualifier t ? t.type()
                    : qualifier instanceof Names.ValueQualifier v ? v.value().type()
                    : ((ArrayQualifier) qualifier).type();
            List<Integer> result = new ArrayList<>();
            for (MethodMember each : Members.methods(site, ref.name())) {
                int n = each.parameterTypes().size();
                if (each.isVarargs()) {
                    return null;
                }
                if (qualifier instanceof Names.TypeQualifier && !each.symbol().isStatic()) {
                    result.add(-(n + 1));
                } else {
                    result.add(n);
                }
            }
            return result.isEmpty() ? null : result.toArray(new Integer[0]);
        } catch (ExpressionError | RuntimeException unresolved) {
            return null;
        }
    }

    private Names.Qualifier qualifier(Node.MethodRef ref, Env env) throws ExpressionError {
        if (ref.type() != null) {
            JavaType type = a.typeNames.resolve(ref.type());
            if (type instanceof ClassType c) {
                return new Names.TypeQualifier(c);
            }
            return new ArrayQualifier(type);
        }
        Node expression = ref.expression();
        if (expression instanceof Node.Name || expression instanceof Node.Select) {
            return a.names.typeOrValue(a.names.qualifier(expression, env));
        }
        return new Names.ValueQualifier(a.operand(expression, env));
    }

    /** {@code int[]::new}, {@code int[]::clone}: a reference on an array type. */
    private record ArrayQualifier(JavaType type) implements Names.Qualifier {}

    Lambdas.Pending reference(Node.MethodRef ref, Env env, FunctionType function, JavaType bodyTarget)
            throws ExpressionError {
        List<JavaType> types = function.parameterTypes();
        List<Variable> parameters = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            JavaType type = types.get(i) instanceof ClassType c ? Members.capture(c) : types.get(i);
            Variable variable = a.local("arg" + i, type);
            parameters.add(variable);
            values.add(new Value(new Typed.Var(variable), type));
        }
        Names.Qualifier qualifier = qualifier(ref, env);
        Value body;
        try {
            body = ref.name().equals("new") ? creation(ref, qualifier, values, bodyTarget)
                    : call(ref, qualifier, values, bodyTarget);
        } catch (ExpressionError cause) {
            throw Errors.at(ref, "incompatible types: invalid method reference: " + cause.getMessage(),
                    "it is used as " + Errors.name(function.type()) + ", whose " + function.method().name()
                            + " takes " + Errors.arguments(types));
        }
        return new Lambdas.Pending(ref, function, parameters, body);
    }

    private Value creation(Node.MethodRef ref, Names.Qualifier qualifier, List<Value> values, JavaType bodyTarget)
            throws ExpressionError {
        if (qualifier instanceof ArrayQualifier array) {
            if (!(array.type() instanceof ArrayType arrayType)) {
                throw Errors.at(ref, "unexpected type " + Errors.name(array.type()), null);
            }
            if (values.size() != 1) {
                throw Errors.at(ref, "an array constructor takes one int, the length", null);
            }
            Typed length = Conversions.convert(values.get(0), PrimitiveType.INT, true, false);
            if (length == null) {
                throw Errors.at(ref, Errors.name(values.get(0).type()) + " cannot be converted to int", null);
            }
            return new Value(new Typed.NewArray(Types.asm(arrayType), List.of(length), null), arrayType);
        }
        if (!(qualifier instanceof Names.TypeQualifier t)) {
            throw Errors.at(ref, "cannot find symbol: constructor of an expression", null);
        }
        ClassType type = t.type();
        boolean infer = type.arguments().isEmpty() && !type.symbol().typeParameters().isEmpty();
        ClassType site = infer ? type.symbol().thisType() : type;
        if (type.symbol().isAbstract() || type.symbol().isInterface()) {
            throw Errors.at(ref, type.symbol().displayName() + " is abstract; cannot be instantiated", null);
        }
        List<Arg> args = new ArrayList<>();
        for (Value each : values) {
            args.add(Arg.of(each));
        }
        List<MethodMember> constructors = Members.constructors(site);
        String description = "constructor " + type.symbol().simpleName() + " in class " + type.symbol().displayName();
        Overloads overloads = a.calls.overloads();
        Overloads.Chosen chosen = infer
                ? overloads.chooseDiamond(constructors, type.symbol().typeParameters(), args, ref, description)
                : overloads.choose(constructors, args, List.of(), ref, description);
        Completion.Completed done = a.calls.completion().complete(chosen, args, bodyTarget, ref);
        JavaType created = infer ? done.created() : type;
        var constructor = chosen.member().symbol();
        String denied = a.access.memberDenied(constructor.access(), type.symbol(), type.symbol().simpleName(), null);
        if (denied != null) {
            throw Errors.at(ref, denied, null);
        }
        var init = new dev.invariants.junit.internal.expr.tree.MethodRef(type.symbol().internalName(), "<init>",
                constructor.descriptor(), dev.invariants.junit.internal.expr.tree.MethodRef.Invocation.SPECIAL, false,
                a.access.direct(constructor.access(), type.symbol(), ClassType.of(type.symbol())));
        return new Value(new Typed.NewInstance(init, done.arguments(), Types.asm(created)), created);
    }

    private Value call(Node.MethodRef ref, Names.Qualifier qualifier, List<Value> values, JavaType bodyTarget)
            throws ExpressionError {
        String name = ref.name();
        Overloads overloads = a.calls.overloads();
        if (qualifier instanceof Names.ValueQualifier v) {
            Value receiver = v.value();
            if (receiver.type() instanceof PrimitiveType p) {
                throw Errors.at(ref, p + " cannot be dereferenced", null);
            }
            return bound(ref, receiver, receiver.type(), values, bodyTarget, overloads);
        }
        JavaType site = qualifier instanceof Names.TypeQualifier t ? t.type() : ((ArrayQualifier) qualifier).type();
        List<MethodMember> all = Members.methods(site, name);
        if (all.isEmpty()) {
            throw Errors.at(ref, "cannot find symbol: method " + name + " in " + Errors.name(site), null);
        }
        List<MethodMember> statics = all.stream().filter(m -> m.symbol().isStatic()).toList();
        Value asStatic = null;
        ExpressionError staticFailure = null;
        if (!statics.isEmpty()) {
            try {
                asStatic = complete(ref, statics, null, site, values, bodyTarget, overloads);
            } catch (ExpressionError e) {
                staticFailure = e;
            }
        }
        Value unbound = null;
        ExpressionError unboundFailure = null;
        if (!values.isEmpty() && Types.isSubtype(Types.erasure(values.get(0).type()), Types.erasure(site))) {
            Value first = values.get(0);
            JavaType receiverType = qualifier instanceof Names.TypeQualifier t && !t.type().arguments().isEmpty()
                    ? site : first.type();
            List<MethodMember> instance = Members.methods(receiverType, name).stream()
                    .filter(m -> !m.symbol().isStatic()).toList();
            if (!instance.isEmpty()) {
                try {
                    unbound = complete(ref, instance, first, receiverType, values.subList(1, values.size()), bodyTarget,
                            overloads);
                } catch (ExpressionError e) {
                    unboundFailure = e;
                }
            }
        }
        if (asStatic != null && unbound != null) {
            throw Errors.at(ref, "reference to " + name + " is ambiguous: both a static method and an instance method of "
                    + Errors.name(site) + " match", "write a lambda instead");
        }
        if (asStatic != null) {
            return asStatic;
        }
        if (unbound != null) {
            return unbound;
        }
        if (unboundFailure != null) {
            throw unboundFailure;
        }
        if (staticFailure != null) {
            throw staticFailure;
        }
        throw Errors.at(ref, "non-static method " + name + " cannot be referenced from a static context", null);
    }

    private Value bound(Node.MethodRef ref, Value receiver, JavaType site, List<Value> values, JavaType bodyTarget,
            Overloads overloads) throws ExpressionError {
        List<MethodMember> instance = Members.methods(site, ref.name()).stream().filter(m -> !m.symbol().isStatic())
                .toList();
        if (instance.isEmpty()) {
            throw Errors.at(ref, "cannot find symbol: method " + ref.name() + " in " + Errors.name(site), null);
        }
        return complete(ref, instance, receiver, site, values, bodyTarget, overloads);
    }

    private Value complete(Node.MethodRef ref, List<MethodMember> candidates, Value receiver, JavaType site,
            List<Value> values, JavaType bodyTarget, Overloads overloads) throws ExpressionError {
        List<Arg> args = new ArrayList<>();
        for (Value each : values) {
            args.add(Arg.of(each));
        }
        String description = "method " + ref.name() + " in " + Errors.name(site);
        Overloads.Chosen chosen = overloads.choose(candidates, args, List.of(), ref, description);
        var method = chosen.member().symbol();
        String denied = a.access.memberDenied(method.access(), method.owner(), method.name(),
                receiver == null ? null : receiver.type());
        if (denied != null) {
            throw Errors.at(ref, denied, null);
        }
        Completion.Completed done = a.calls.completion().complete(chosen, args, bodyTarget, ref);
        return a.calls.invoke(method, site, receiver == null ? null : receiver.code(), done.arguments(), done.returnType());
    }
}
