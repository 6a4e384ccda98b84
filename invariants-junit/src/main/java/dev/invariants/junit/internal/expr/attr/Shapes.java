package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeVar;
import dev.invariants.junit.internal.expr.types.Types;
import dev.invariants.junit.internal.expr.types.WildcardType;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Type;

/** Conditional, instanceof, cast, array index, class literal and array creation (JLS 15.25, 15.20.2, 15.16, 15.10). */
final class Shapes {

    private final Attribution a;
    private final Operators operators;

    Shapes(Attribution attribution, Operators operators) {
        this.a = attribution;
        this.operators = operators;
    }

    // ---------------------------------------------------------------- conditional (JLS 15.25)

    Value conditional(Node.Conditional node, Env env, JavaType target) throws ExpressionError {
        Value condition = a.operand(node.condition(), env);
        Typed test = Operators.asBoolean(condition);
        if (test == null) {
            throw Errors.at(node.condition(), "incompatible types: " + Errors.name(condition.type())
                    + " cannot be converted to boolean", "the condition of ?: is a boolean expression");
        }
        JavaType branchTarget = target instanceof PrimitiveType ? null : target;
        Value whenTrue = branch(node.whenTrue(), env.with(condition.whenTrue()), branchTarget);
        Value whenFalse = branch(node.whenFalse(), env.with(condition.whenFalse()), branchTarget);
        JavaType t = whenTrue.type();
        JavaType f = whenFalse.type();
        JavaType type;
        if (Operators.isBoolean(t) && Operators.isBoolean(f)) {
            type = t == PrimitiveType.BOOLEAN || f == PrimitiveType.BOOLEAN ? PrimitiveType.BOOLEAN : t;
        } else if (Operators.numeric(t) != null && Operators.numeric(f) != null) {
            type = numericType(whenTrue, whenFalse);
        } else if (t == NullType.INSTANCE && f == NullType.INSTANCE) {
            type = NullType.INSTANCE;
        } else {
            type = target != null && !(target instanceof PrimitiveType) && fits(whenTrue, target) && fits(whenFalse, target)
                    ? target : Types.lub(Types.boxedIfPrimitive(t), Types.boxedIfPrimitive(f));
        }
        Typed yes = convert(whenTrue, type, node.whenTrue());
        Typed no = convert(whenFalse, type, node.whenFalse());
        JavaType shown = type == NullType.INSTANCE ? Types.object() : type;
        // JLS 15.29: null is no constant, so b ? "a" : null stays a conditional, as in javac
        if (test instanceof Typed.Constant c && whenTrue.isConstant() && whenFalse.isConstant()
                && yes instanceof Typed.Constant && no instanceof Typed.Constant) {
            return new Value(((Integer) c.value()) != 0 ? yes : no, type);
        }
        return new Value(new Typed.Conditional(test, yes, no, Types.asm(shown)), type);
    }

    private Value branch(Node node, Env env, JavaType target) throws ExpressionError {
        Value value = a.attribute(node, env, target);
        if (value.isVoid()) {
            throw Errors.at(node, "'void' type not allowed here", "both branches of ?: need a value");
        }
        return value;
    }

    private static boolean fits(Value value, JavaType target) {
        return Conversions.convert(value, target, true, true) != null;
    }

    /** The type of a numeric conditional: JLS 15.25, table 15.25-A to 15.25-D. */
    private static JavaType numericType(Value whenTrue, Value whenFalse) {
        JavaType t = whenTrue.type();
        JavaType f = whenFalse.type();
        if (t.equals(f)) {
            return t;
        }
        PrimitiveType pt = Operators.numeric(t);
        PrimitiveType pf = Operators.numeric(f);
        // one is the primitive of the other's box: the primitive
        if (pt == pf) {
            return pt;
        }
        PrimitiveType ut = t instanceof PrimitiveType p ? p : Types.unboxed(t);
        PrimitiveType uf = f instanceof PrimitiveType p ? p : Types.unboxed(f);
        if ((ut == PrimitiveType.BYTE && uf == PrimitiveType.SHORT) || (ut == PrimitiveType.SHORT && uf == PrimitiveType.BYTE)) {
            return PrimitiveType.SHORT;
        }
        // an int constant that fits the other side's byte, short or char takes that type
        if (t instanceof PrimitiveType && f instanceof PrimitiveType || isIntConstant(whenTrue) || isIntConstant(whenFalse)) {
            if (isSmall(uf) && isIntConstant(whenTrue) && Conversions.narrowsConstant(whenTrue, uf)) {
                return uf;
            }
            if (isSmall(ut) && isIntConstant(whenFalse) && Conversions.narrowsConstant(whenFalse, ut)) {
                return ut;
            }
        }
        return Operators.binaryPromotion(ut, uf);
    }

    private static boolean isSmall(PrimitiveType p) {
        return p == PrimitiveType.BYTE || p == PrimitiveType.SHORT || p == PrimitiveType.CHAR;
    }

    private static boolean isIntConstant(Value value) {
        return value.type() == PrimitiveType.INT && value.constant() instanceof Integer;
    }

    private static Typed convert(Value value, JavaType type, Node at) throws ExpressionError {
        if (type == NullType.INSTANCE) {
            return value.code();
        }
        if (type instanceof PrimitiveType p && value.type() instanceof PrimitiveType from && from != p) {
            return Conversions.primitive(value.code(), from, p); // includes the constant narrowing of 15.25
        }
        if (type instanceof PrimitiveType p && !(value.type() instanceof PrimitiveType)) {
            return Operators.toPrimitive(value, p);
        }
        Typed code = Conversions.convert(value, type, true, true);
        if (code == null) {
            throw Errors.at(at, "incompatible types: " + Errors.name(value.type()) + " cannot be converted to "
                    + Errors.name(type), null);
        }
        return code;
    }

    // ---------------------------------------------------------------- instanceof (JLS 15.20.2)

    Value instanceOf(Node.InstanceOf node, Env env) throws ExpressionError {
        Value value = a.operand(node.expression(), env);
        JavaType tested = a.typeNames.resolve(node.type());
        if (value.type() instanceof PrimitiveType p) {
            throw Errors.at(node.expression(), "unexpected type: required reference, found " + p, null);
        }
        if (tested instanceof PrimitiveType p) {
            throw Errors.at(node.type().start(), node.type().end(), "unexpected type: required class or array, found "
                    + p, "test the wrapper, as in x instanceof " + Types.boxed(p).symbol().simpleName());
        }
        if (!Types.isCastable(value.type(), tested)) {
            throw Errors.at(node, "incompatible types: " + Errors.name(value.type()) + " cannot be converted to "
                    + Errors.name(tested), null);
        }
        if (!isReifiable(tested) && !isCheckedCast(value.type(), tested)) {
            throw Errors.at(node, Errors.name(value.type()) + " cannot be safely cast to " + Errors.name(tested),
                    "test the raw type, as in x instanceof List<?>");
        }
        Typed operand = value.code();
        if (node.binding() == null) {
            return new Value(new Typed.InstanceOf(operand, Types.asm(tested), null), PrimitiveType.BOOLEAN);
        }
        String name = node.binding();
        boolean isParameter = a.context.part() != Context.Part.TYPE && a.context.parameterNames() != null
                && a.context.parameterNames().contains(name);
        if (env.lookup(name) != null && !env.isLambdaParameter(name)) {
            throw Errors.at(node, "illegal attempt to redefine an existing match binding",
                    "give the pattern variable a name of its own");
        }
        if (env.lookup(name) != null || isParameter) {
            throw Errors.at(node, "variable " + name + " is already defined", "give the pattern variable a name of its own");
        }
        Variable binding = a.local(name, tested);
        Value.Binding bound = new Value.Binding(name, binding, tested);
        return new Value(new Typed.InstanceOf(operand, Types.asm(tested), binding), PrimitiveType.BOOLEAN,
                List.of(bound), List.of());
    }

    /**
     * Whether a cast from {@code from} to the parameterized {@code tested} is checked (JLS 5.1.6.1): {@code from}
     * is a subtype, or {@code from}'s type arguments fix each of {@code tested}'s that is not {@code ?}, as
     * {@code Collection<String>} fixes {@code List<String>} (and {@code Object} or {@code Collection<?>} do not).
     */
    private static boolean isCheckedCast(JavaType from, JavaType tested) {
        if (Types.isSubtype(from, tested)) {
            return true;
        }
        if (!(tested instanceof ClassType t) || !(Types.upperBound(from) instanceof ClassType s)
                || !s.isParameterized() || !Types.isSubtype(t, s)) {
            return false;
        }
        ClassType generic = Types.asSuper(t.symbol().thisType(), s.symbol());
        if (generic == null || generic.arguments().size() != s.arguments().size()) {
            return false;
        }
        List<TypeVar> parameters = t.symbol().typeParameters();
        for (int i = 0; i < parameters.size(); i++) {
            JavaType argument = t.arguments().get(i);
            if (argument instanceof WildcardType w && w.isUnbounded()) {
                continue;
            }
            boolean fixed = false;
            for (int j = 0; j < generic.arguments().size(); j++) {
                fixed |= generic.arguments().get(j) == parameters.get(i)
                        && !(s.arguments().get(j) instanceof WildcardType);
            }
            if (!fixed) {
                return false;
            }
        }
        return true;
    }

    /** Whether a type is known at run time (JLS 4.7): no type arguments but wildcards. */
    private static boolean isReifiable(JavaType type) {
        if (type instanceof ClassType c) {
            return c.arguments().stream().allMatch(t -> t instanceof WildcardType w && w.isUnbounded());
        }
        if (type instanceof ArrayType array) {
            return isReifiable(array.component());
        }
        return !(type instanceof TypeVar);
    }

    // ---------------------------------------------------------------- casts (JLS 15.16)

    Value cast(Node.Cast node, Env env) throws ExpressionError {
        JavaType type = a.typeNames.resolve(node.type());
        if (Arg.functional(node.expression())) {
            Value function = a.attribute(node.expression(), env, type);
            return function.withCode(function.code(), type);
        }
        // a cast is no poly context but for lambdas and method references (JLS 15.16): (List<String>) emptyList()
        // infers List<Object> as javac does, and then does not cast
        Value value = a.attribute(node.expression(), env);
        if (value.isVoid()) {
            throw Errors.at(node.expression(), "'void' type not allowed here", null);
        }
        JavaType from = value.type();
        if (type instanceof PrimitiveType p) {
            if (from instanceof PrimitiveType fp) {
                if (fp == PrimitiveType.BOOLEAN ^ p == PrimitiveType.BOOLEAN) {
                    throw incompatible(node, from, type);
                }
                return new Value(Conversions.primitive(value.code(), fp, p), p);
            }
            PrimitiveType unboxed = Types.unboxed(from);
            if (unboxed != null) {
                if (!unboxed.widensTo(p) && unboxed != p) {
                    throw incompatible(node, from, type);
                }
                return new Value(Operators.toPrimitive(value, p), p);
            }
            // (int) object: a checked cast to the wrapper, then unboxing (JLS 5.5)
            if (!Types.isCastable(from, type)) {
                throw incompatible(node, from, type);
            }
            ClassType wrapper = Types.boxed(p);
            Typed checked = new Typed.Convert(Typed.Conversion.CHECKCAST, value.code(), Types.asm(wrapper));
            return new Value(Conversions.unbox(checked, wrapper, p), p);
        }
        if (from instanceof PrimitiveType fp) {
            if (fp == PrimitiveType.BOOLEAN && !Types.isSubtype(Types.boxed(fp), type)) {
                throw incompatible(node, from, type);
            }
            if (!Types.isSubtype(Types.boxed(fp), type)) {
                // (Long) 5 is an error in Java; (Object) 5 boxes
                throw incompatible(node, from, type);
            }
            return new Value(Conversions.box(value.code(), fp), type);
        }
        if (!Types.isCastable(from, type)) {
            throw incompatible(node, from, type);
        }
        JavaType erased = Types.erasure(type);
        Typed code = value.code();
        if (from == NullType.INSTANCE) {
            return new Value(new Typed.Constant(null, Types.asm(erased)), type);
        }
        boolean jvmKnows = Types.isObject(erased) || code.type().equals(Types.asm(erased))
                || (Types.isSubtype(Types.erasure(from), erased) && code.type().equals(Types.asm(Types.erasure(from))));
        // only a cast to String keeps a constant a constant (JLS 15.29): (Object) "a" + "b" is not folded
        if (!jvmKnows || (value.isConstant() && !Types.isString(type))) {
            code = new Typed.Convert(Typed.Conversion.CHECKCAST, code, Types.asm(erased));
        }
        return new Value(code, type);
    }

    private static ExpressionError incompatible(Node.Cast node, JavaType from, JavaType to) {
        return Errors.at(node, "incompatible types: " + Errors.name(from) + " cannot be converted to " + Errors.name(to),
                null);
    }

    // ---------------------------------------------------------------- arrays (JLS 15.10, 15.13)

    Value index(Node.Index node, Env env) throws ExpressionError {
        Value array = a.operand(node.array(), env);
        JavaType upper = Types.upperBound(array.type());
        if (!(upper instanceof ArrayType arrayType)) {
            throw Errors.at(node.array(), "array required, but " + Errors.name(array.type()) + " found", null);
        }
        Typed index = intIndex(node.index(), env);
        Typed target = Conversions.coerce(array.code(), array.type(), upper);
        JavaType component = arrayType.component();
        Type erasedComponent = Types.asm(component);
        Typed code = new Typed.ArrayGet(target, index, declaredComponent(target, erasedComponent));
        if (!code.type().equals(erasedComponent) && erasedComponent.getSort() >= Type.ARRAY) {
            code = new Typed.Convert(Typed.Conversion.CHECKCAST, code, erasedComponent);
        }
        return new Value(code, component);
    }

    /** The component type the JVM sees: that of the array's erased type ({@code Object} for a {@code T[]} erased to {@code Object[]}). */
    private static Type declaredComponent(Typed array, Type fallback) {
        Type type = array.type();
        return type.getSort() == Type.ARRAY ? Type.getType(type.getDescriptor().substring(1)) : fallback;
    }

    /** An index or dimension: unary promotion, which must come out as {@code int} (JLS 15.10.3, 15.13). */
    private Typed intIndex(Node node, Env env) throws ExpressionError {
        Value index = a.operand(node, env);
        PrimitiveType p = Types.primitiveOrUnboxed(index.type());
        if (p == null || !p.isNumeric() || !Operators.unaryPromotion(p).equals(PrimitiveType.INT)) {
            throw notConverted(node, index.type(), PrimitiveType.INT, castHint(PrimitiveType.INT, node));
        }
        return Operators.toPrimitive(index, PrimitiveType.INT);
    }

    /** {@code cast it: (int) (a + b)}: the operand parenthesised unless it is a primary. */
    private static String castHint(JavaType type, Node node) {
        String operand = Render.of(node);
        boolean primary = node instanceof Node.Name || node instanceof Node.Literal || node instanceof Node.Select
                || node instanceof Node.Call || node instanceof Node.Index || node instanceof Node.Parens;
        return "cast it: (" + Errors.name(type) + ") " + (primary ? operand : "(" + operand + ")");
    }

    /**
     * javac's words for a value that does not convert: {@code possible lossy conversion} between numeric
     * primitives, else {@code X cannot be converted to Y}; the hint only where a cast would do.
     */
    static ExpressionError notConverted(Node node, JavaType from, JavaType to, String castHint) {
        if (from instanceof PrimitiveType f && to instanceof PrimitiveType t && f.isNumeric() && t.isNumeric()) {
            return Errors.at(node, "incompatible types: possible lossy conversion from " + f + " to " + t, castHint);
        }
        return Errors.at(node, "incompatible types: " + Errors.name(from) + " cannot be converted to " + Errors.name(to),
                null);
    }

    Value classLiteral(Node.ClassLiteral node) throws ExpressionError {
        Node.TypeRef ref = node.type();
        if (!ref.arguments().isEmpty() || ref.diamond()) {
            throw Errors.at(node, "cannot select from parameterized type", "write the raw type, as in List.class");
        }
        JavaType type = a.typeNames.resolve(ref);
        JavaType element = type;
        while (element instanceof ArrayType array) {
            element = array.component();
        }
        if (element instanceof TypeVar) {
            throw Errors.at(node, "cannot select from a type variable", "a type variable is erased: write its bound's class");
        }
        JavaType argument = type instanceof PrimitiveType p ? Types.boxed(p) : Types.erasure(type);
        ClassType classType = new ClassType(Types.jdkType("java/lang/Class").symbol(), List.of(argument));
        Type literal = type == PrimitiveType.VOID ? Type.VOID_TYPE : Types.asm(type);
        return new Value(new Typed.ClassLiteral(literal), classType);
    }

    Value newArray(Node.NewArray node, Env env) throws ExpressionError {
        Node.TypeRef ref = node.type();
        JavaType type = a.typeNames.resolve(ref);
        if (!(type instanceof ArrayType arrayType)) {
            throw Errors.at(node, "array dimension missing", null);
        }
        if (!isReifiable(type)) {
            throw Errors.at(node, "generic array creation", "create an array of the raw type, as in new List[n]");
        }
        if (node.initializer() != null) {
            return new Value(initializer(arrayType, node.initializer(), env), arrayType);
        }
        List<Typed> dimensions = new ArrayList<>();
        for (Node each : node.dimensions()) {
            dimensions.add(intIndex(each, env));
        }
        return new Value(new Typed.NewArray(Types.asm(arrayType), dimensions, null), arrayType);
    }

    private Typed initializer(ArrayType type, List<Node> elements, Env env) throws ExpressionError {
        JavaType component = type.component();
        List<Typed> codes = new ArrayList<>();
        for (Node each : elements) {
            Value value = a.attribute(each, env, component instanceof PrimitiveType ? null : component);
            if (value.isVoid()) {
                throw Errors.at(each, "'void' type not allowed here", null);
            }
            Typed code = Conversions.convert(value, component, true, true);
            if (code == null) {
                throw notConverted(each, value.type(), component, castHint(component, each));
            }
            codes.add(code);
        }
        return new Typed.NewArray(Types.asm(type), List.of(), codes);
    }
}
