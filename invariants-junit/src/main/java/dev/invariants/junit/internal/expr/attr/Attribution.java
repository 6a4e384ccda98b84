package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.ClassSymbol;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.MethodSymbol;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeModel;
import dev.invariants.junit.internal.expr.types.TypeVar;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.Type;

/**
 * The attribution of one expression in one {@link Context}: the names it sees, what it has read so
 * far ({@code old} values, fields of {@code this}, {@code result}), and the dispatch over the syntax
 * tree. The rules of each kind of node live in {@link Names}, {@link Operators}, {@link Calls} and
 * {@link Lambdas}.
 */
final class Attribution {

    final Context context;
    final TypeModel model;
    final ClassSymbol declaring;
    final ClassSymbol woven;
    final ClassType thisType;
    final MethodSymbol member;
    final List<JavaType> parameterTypes = new ArrayList<>();
    final JavaType resultType;
    final Access access;
    final TypeNames typeNames;
    final Names names;
    final Operators operators;
    final Calls calls;
    final Lambdas lambdas;
    final MethodRefs methodRefs;
    private final String text;

    private final List<Attributed.Old> olds = new ArrayList<>();
    private final Map<String, Integer> oldIndexes = new HashMap<>();
    private final Map<String, Typed> shown = new LinkedHashMap<>();
    private boolean usesResult;
    /** Generic calls attributed without a target whose type arguments fell back to defaults: worth a second try with one. */
    final java.util.Set<Node> defaulted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int locals;

    /** Nodes whose typed tree the caller wants back (see {@link Attributor#attribute(Node, Context, String, Map)}). */
    private Map<Node, Typed> watched;

    Attribution(TypeModel model, Context context, String text, List<JavaType> explicitParameters)
            throws ExpressionError {
        this.context = context;
        this.model = model;
        this.text = text;
        this.declaring = model.symbol(context.declaring());
        this.woven = model.symbol(context.woven());
        if (!declaring.exists()) {
            throw new ExpressionError("cannot read the class file of " + declaring.displayName(), 0, 1);
        }
        this.thisType = declaring.thisType();
        this.member = context.memberName() == null ? null : findMember(woven, context.memberName(),
                context.memberDescriptor());
        this.resultType = resultType(context, member);
        if (explicitParameters != null) {
            parameterTypes.addAll(explicitParameters);
        } else {
            alignParameters();
        }
        this.access = new Access(declaring, woven);
        this.typeNames = new TypeNames(this);
        this.names = new Names(this);
        this.operators = new Operators(this);
        this.calls = new Calls(this);
        this.lambdas = new Lambdas(this);
        this.methodRefs = new MethodRefs(this);
    }

    private static MethodSymbol findMember(ClassSymbol woven, String name, String descriptor) {
        for (MethodSymbol each : woven.methods(name)) {
            if (each.descriptor().equals(descriptor)) {
                return each;
            }
        }
        return null;
    }

    private JavaType resultType(Context c, MethodSymbol method) {
        if (c.memberDescriptor() == null || "<init>".equals(c.memberName())) {
            return null;
        }
        JavaType declared = method != null ? method.returnType()
                : erasedType(Type.getReturnType(c.memberDescriptor()));
        return declared == PrimitiveType.VOID ? null : declared;
    }

    /** Generic types for the parameter names: the woven member's signature, erased descriptor types where it says less. */
    private void alignParameters() {
        List<String> parameterNames = context.parameterNames() == null ? List.of() : context.parameterNames();
        Type[] erased = context.memberDescriptor() == null ? new Type[0]
                : Type.getArgumentTypes(context.memberDescriptor());
        List<JavaType> generic = member == null ? List.of() : member.parameterTypes();
        int offset = parameterNames.size() == erased.length ? erased.length - generic.size() : 0;
        for (int i = 0; i < parameterNames.size(); i++) {
            int g = i - offset;
            if (g >= 0 && g < generic.size()) {
                parameterTypes.add(generic.get(g));
            } else if (i < erased.length) {
                parameterTypes.add(erasedType(erased[i]));
            } else {
                parameterTypes.add(Types.object());
            }
        }
    }

    JavaType erasedType(Type type) {
        return switch (type.getSort()) {
            case Type.OBJECT -> ClassType.of(model.symbol(type.getInternalName()));
            case Type.ARRAY -> {
                JavaType result = erasedType(type.getElementType());
                for (int i = 0; i < type.getDimensions(); i++) {
                    result = new dev.invariants.junit.internal.expr.types.ArrayType(result);
                }
                yield result;
            }
            default -> PrimitiveType.ofDescriptor(type.getDescriptor().charAt(0));
        };
    }

    // ---------------------------------------------------------------- entry

    Attribution watching(Map<Node, Typed> nodes) {
        this.watched = nodes;
        return this;
    }

    Attributed run(Node root) throws ExpressionError {
        Value value = attribute(root, Env.EMPTY);
        Typed expression = context.part() == Context.Part.VALUE ? valueOrVoid(value, root) : condition(value, root);
        List<Attributed.Shown> shownValues = new ArrayList<>();
        shown.forEach((name, read) -> shownValues.add(new Attributed.Shown(name, read)));
        return new Attributed(expression, List.copyOf(olds), List.copyOf(shownValues), usesResult);
    }

    private Typed valueOrVoid(Value value, Node root) throws ExpressionError {
        if (value.isVoid()) {
            throw Errors.at(root, "'void' type not allowed here", "call a method that returns a value");
        }
        return value.code();
    }

    /** The top-level value as a {@code boolean} ({@code Boolean} unboxed). */
    private Typed condition(Value value, Node root) throws ExpressionError {
        if (value.type() == PrimitiveType.BOOLEAN) {
            return value.code();
        }
        if (value.isVoid()) {
            throw Errors.at(root, "incompatible types: void cannot be converted to boolean",
                    "an invariant is a boolean expression; compare the call's effect instead");
        }
        if (Types.unboxed(value.type()) == PrimitiveType.BOOLEAN) {
            return Conversions.unbox(value.code(), value.type(), PrimitiveType.BOOLEAN);
        }
        throw Errors.at(root, "incompatible types: " + Errors.name(value.type()) + " cannot be converted to boolean",
                "an invariant is a boolean expression, such as a comparison (x > 0) or a boolean method call");
    }

    // ---------------------------------------------------------------- dispatch

    Value attribute(Node node, Env env) throws ExpressionError {
        return attribute(node, env, null);
    }

    /** Attributes {@code node}; {@code target} is the type its context expects, for lambdas and generic calls, or {@code null}. */
    Value attribute(Node node, Env env, JavaType target) throws ExpressionError {
        Value value = dispatch(node, env, target);
        if (watched != null && watched.containsKey(node)) {
            watched.put(node, value.code()); // the last attribution of a node is the one its parent kept
        }
        return value;
    }

    private Value dispatch(Node node, Env env, JavaType target) throws ExpressionError {
        if (node instanceof Node.Literal literal) {
            return literal(literal);
        }
        if (node instanceof Node.Parens parens) {
            return attribute(parens.expression(), env, target);
        }
        if (node instanceof Node.Name name) {
            return names.name(name, env);
        }
        if (node instanceof Node.Select select) {
            return names.select(select, env);
        }
        if (node instanceof Node.This self) {
            return names.self(self);
        }
        if (node instanceof Node.Call call) {
            if (call.target() == null && call.name().equals("old")) {
                return old(call, env);
            }
            return calls.call(call, env, target);
        }
        if (node instanceof Node.New creation) {
            return calls.newInstance(creation, env, target);
        }
        if (node instanceof Node.NewArray array) {
            return operators.newArray(array, env);
        }
        if (node instanceof Node.Unary unary) {
            return operators.unary(unary, env);
        }
        if (node instanceof Node.Binary binary) {
            return operators.binary(binary, env);
        }
        if (node instanceof Node.Conditional conditional) {
            return operators.conditional(conditional, env, target);
        }
        if (node instanceof Node.InstanceOf test) {
            return operators.instanceOf(test, env);
        }
        if (node instanceof Node.Cast cast) {
            return operators.cast(cast, env);
        }
        if (node instanceof Node.Index index) {
            return operators.index(index, env);
        }
        if (node instanceof Node.ClassLiteral literal) {
            return operators.classLiteral(literal);
        }
        if (node instanceof Node.Lambda || node instanceof Node.MethodRef) {
            return lambdas.standalone(node, env, target);
        }
        throw Errors.at(node, "illegal start of expression", null);
    }

    /** Attributes an operand that must have a value. */
    Value operand(Node node, Env env) throws ExpressionError {
        Value value = attribute(node, env);
        if (value.isVoid()) {
            throw Errors.at(node, "'void' type not allowed here", "an invariant can only use methods that return a value");
        }
        return value;
    }

    private Value literal(Node.Literal literal) {
        Object value = literal.value();
        return switch (literal.kind()) {
            case INT -> new Value(new Typed.Constant(value, Type.INT_TYPE), PrimitiveType.INT);
            case LONG -> new Value(new Typed.Constant(value, Type.LONG_TYPE), PrimitiveType.LONG);
            case FLOAT -> new Value(new Typed.Constant(value, Type.FLOAT_TYPE), PrimitiveType.FLOAT);
            case DOUBLE -> new Value(new Typed.Constant(value, Type.DOUBLE_TYPE), PrimitiveType.DOUBLE);
            case CHAR -> new Value(new Typed.Constant((int) (Character) value, Type.CHAR_TYPE), PrimitiveType.CHAR);
            case BOOLEAN -> new Value(new Typed.Constant(((Boolean) value) ? 1 : 0, Type.BOOLEAN_TYPE),
                    PrimitiveType.BOOLEAN);
            case STRING -> new Value(new Typed.Constant(value, Types.asm(Types.string())), Types.string());
            case NULL -> new Value(new Typed.Constant(null, Types.asm(Types.object())), NullType.INSTANCE);
        };
    }

    // ---------------------------------------------------------------- old(...)

    private Value old(Node.Call call, Env env) throws ExpressionError {
        switch (context.part()) {
            case PRE -> throw Errors.at(call, "`old(...)` is only available in `post`",
                    "`pre` is evaluated on entry, where every value is already the old one");
            case TYPE -> throw Errors.at(call,
                    "a type invariant has no `old(...)`; compare with the state on entry in a method's `post`", null);
            case VALUE -> throw Errors.at(call, "`old(...)` is only available in `post`", null);
            default -> {
            }
        }
        if (env.inOld) {
            throw Errors.at(call, "`old(...)` inside `old(...)`: the inner expression is already evaluated on entry",
                    "write old(...) once, around the whole expression");
        }
        if (!call.typeArguments().isEmpty()) {
            throw Errors.at(call, "`old` takes no type arguments", null);
        }
        if (call.arguments().isEmpty()) {
            throw Errors.at(call, "illegal start of expression: `old()` needs the expression whose value on entry it keeps",
                    "write old(x), as in old(balance)");
        }
        if (call.arguments().size() > 1) {
            Node second = call.arguments().get(1);
            throw Errors.at(second.start(), call.end(), "`old` takes exactly one expression, found "
                    + call.arguments().size(), "write one old(...) per value, as in old(a) + old(b)");
        }
        Node argument = call.arguments().get(0);
        Value value = attribute(argument, env.forOld());
        if (value.isVoid()) {
            throw Errors.at(argument, "'void' type not allowed here", "old(...) keeps a value; call a method that returns one");
        }
        JavaType type = value.type() == NullType.INSTANCE ? Types.object() : value.type();
        String source = source(argument);
        Integer index = oldIndexes.get(source);
        if (index == null) {
            index = olds.size();
            oldIndexes.put(source, index);
            olds.add(new Attributed.Old(source, value.code()));
        }
        Variable variable = new Variable(Variable.Kind.OLD, index, "old(" + source + ")", Types.asm(type));
        return new Value(new Typed.Var(variable), type);
    }

    private String source(Node node) {
        if (text != null && node.end() <= text.length()) {
            return text.substring(node.start(), node.end()).strip();
        }
        return Render.of(node);
    }

    // ---------------------------------------------------------------- bookkeeping

    Variable local(String name, JavaType type) {
        return new Variable(Variable.Kind.LOCAL, ++locals, name, Types.asm(type));
    }

    Variable thisVariable() {
        return new Variable(Variable.Kind.THIS, 0, "this", Types.asm(thisType));
    }

    Variable resultVariable() {
        usesResult = true;
        return new Variable(Variable.Kind.RESULT, 0, "result", Types.asm(resultType));
    }

    /** Notes a read of a field of {@code this}, for the values a violation message shows. */
    void shown(String name, Typed read) {
        shown.putIfAbsent(name, read);
    }

    /** The type variables a type written in the expression may name: the woven method's, then the declaring class's. */
    TypeVar typeVariable(String name) {
        if (member != null) {
            for (TypeVar each : member.typeParameters()) {
                if (each.name().equals(name)) {
                    return each;
                }
            }
        }
        for (ClassSymbol current = declaring; current != null;
                current = current.outerName() == null || (current.access() & net.bytebuddy.jar.asm.Opcodes.ACC_STATIC) != 0
                        ? null : model.symbol(current.outerName())) {
            for (TypeVar each : current.typeParameters()) {
                if (each.name().equals(name)) {
                    return each;
                }
            }
        }
        return null;
    }
}
