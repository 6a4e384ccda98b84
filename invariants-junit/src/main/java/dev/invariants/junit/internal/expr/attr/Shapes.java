package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.Casts;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeVar;
import dev.invariants.junit.internal.expr.types.Types;
import dev.invariants.junit.internal.expr.types.Wildcard;
import java.util.ArrayList;
import java.util.List;

/** Conditional, instanceof, cast, array index, class literal and array creation (JLS 15.25, 15.20.2, 15.16, 15.10). */
final class Shapes {

    private final Attribution a;
    private final Operators operators;
    private final ArrayShapes arrays;

    Shapes(Attribution attribution, Operators operators) {
        this.a = attribution;
        this.operators = operators;
        this.arrays = new ArrayShapes(attribution);
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
        List<Value.Binding> introduced = new ArrayList<>(condition.whenTrue());
        introduced.addAll(condition.whenFalse());
        redefined(node.whenTrue(), introduced, whenTrue.whenTrue());
        redefined(node.whenTrue(), introduced, whenTrue.whenFalse());
        redefined(node.whenFalse(), introduced, whenFalse.whenTrue());
        redefined(node.whenFalse(), introduced, whenFalse.whenFalse());
        redefined(node.whenFalse(), whenTrue.whenTrue(), whenFalse.whenTrue());
        redefined(node.whenFalse(), whenTrue.whenFalse(), whenFalse.whenFalse());
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
                    ? target : Casts.lub(Types.boxedIfPrimitive(t), Types.boxedIfPrimitive(f));
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

    /**
     * The error of two pattern variables of one name that would both be in scope somewhere (JLS 6.3.1): the
     * same name introduced when true (or when false) by both operands of {@code &&}, {@code ||}, by both
     * branches of {@code ?:}, or by its condition and a branch; {@code second}'s operand is {@code at}.
     */
    static void redefined(Node at, List<Value.Binding> first, List<Value.Binding> second) throws ExpressionError {
        for (Value.Binding each : second) {
            for (Value.Binding other : first) {
                if (each.name().equals(other.name())) {
                    throw Errors.at(at, "illegal attempt to redefine an existing match binding",
                            "give the pattern variable " + each.name() + " a name of its own");
                }
            }
        }
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
        if (!Casts.isCastable(value.type(), tested) || provablyDistinct(value.type(), tested)) {
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
            if (argument instanceof Wildcard w && w.isUnbounded()) {
                continue;
            }
            boolean fixed = false;
            for (int j = 0; j < generic.arguments().size(); j++) {
                fixed |= generic.arguments().get(j) == parameters.get(i)
                        && !(s.arguments().get(j) instanceof Wildcard);
            }
            if (!fixed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a cast between two reference types fails on their type arguments although their erasures
     * cast (JLS 5.5.1, 4.5): {@code List<String>} seen as the other's class has a different concrete type
     * argument, as for {@code (ArrayList<Integer>) stringList} or {@code (Integer) comparableOfString}.
     * Type arguments with wildcards or type variables are left to the run time, as an unchecked cast.
     */
    static boolean provablyDistinct(JavaType from, JavaType to) {
        if (!(Types.upperBound(from) instanceof ClassType f) || !(to instanceof ClassType t)) {
            return false;
        }
        ClassType seen;
        ClassType other;
        if (t.symbol().isSubclassOf(f.symbol())) {
            seen = Types.asSuper(t, f.symbol());
            other = f;
        } else if (f.symbol().isSubclassOf(t.symbol())) {
            seen = Types.asSuper(f, t.symbol());
            other = t;
        } else {
            return false;
        }
        if (seen == null || !seen.isParameterized() || !other.isParameterized()
                || seen.arguments().size() != other.arguments().size()) {
            return false;
        }
        for (int i = 0; i < seen.arguments().size(); i++) {
            JavaType x = seen.arguments().get(i);
            JavaType y = other.arguments().get(i);
            if (isConcrete(x) && isConcrete(y) && !x.equals(y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConcrete(JavaType type) {
        return !(type instanceof Wildcard) && !Types.mentions(type, v -> true)
                && !(type instanceof ClassType c && c.arguments().stream().anyMatch(Wildcard.class::isInstance));
    }

    /** Whether a type is known at run time (JLS 4.7): no type arguments but wildcards. */
    static boolean isReifiable(JavaType type) {
        if (type instanceof ClassType c) {
            return c.arguments().stream().allMatch(t -> t instanceof Wildcard w && w.isUnbounded());
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
            if (!Casts.isCastable(from, type)) {
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
        if (!Casts.isCastable(from, type) || provablyDistinct(from, type)) {
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
    // ---------------------------------------------------------------- arrays and class literals

    Value index(Node.Index node, Env env) throws ExpressionError {
        return arrays.index(node, env);
    }

    Value classLiteral(Node.ClassLiteral node) throws ExpressionError {
        return arrays.classLiteral(node);
    }

    Value newArray(Node.NewArray node, Env env) throws ExpressionError {
        return arrays.newArray(node, env);
    }
}
