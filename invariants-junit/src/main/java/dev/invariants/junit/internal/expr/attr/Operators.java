package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import dev.invariants.junit.internal.expr.tree.Typed.UnaryOp;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.Casts;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Operators (JLS 15.15-15.26): unary and binary operators, promotion, string concatenation, equality, comparison. */
final class Operators {

    private static final Map<String, BinaryOp> BINARY = Map.ofEntries(Map.entry("*", BinaryOp.MULTIPLY),
            Map.entry("/", BinaryOp.DIVIDE), Map.entry("%", BinaryOp.REMAINDER), Map.entry("+", BinaryOp.ADD),
            Map.entry("-", BinaryOp.SUBTRACT), Map.entry("<<", BinaryOp.SHIFT_LEFT), Map.entry(">>", BinaryOp.SHIFT_RIGHT),
            Map.entry(">>>", BinaryOp.SHIFT_RIGHT_UNSIGNED), Map.entry("<", BinaryOp.LESS),
            Map.entry("<=", BinaryOp.LESS_EQUAL), Map.entry(">", BinaryOp.GREATER),
            Map.entry(">=", BinaryOp.GREATER_EQUAL), Map.entry("==", BinaryOp.EQUAL), Map.entry("!=", BinaryOp.NOT_EQUAL),
            Map.entry("&", BinaryOp.AND), Map.entry("^", BinaryOp.XOR), Map.entry("|", BinaryOp.OR),
            Map.entry("&&", BinaryOp.CONDITIONAL_AND), Map.entry("||", BinaryOp.CONDITIONAL_OR));

    private final Attribution a;
    private final Shapes shapes;

    Operators(Attribution attribution) {
        this.a = attribution;
        this.shapes = new Shapes(attribution, this);
    }

    // ---------------------------------------------------------------- promotion

    /** The numeric primitive a type is or unboxes to, or {@code null}. */
    static PrimitiveType numeric(JavaType type) {
        PrimitiveType p = Types.primitiveOrUnboxed(type);
        return p != null && p.isNumeric() ? p : null;
    }

    static PrimitiveType unaryPromotion(PrimitiveType p) {
        return p == PrimitiveType.BYTE || p == PrimitiveType.SHORT || p == PrimitiveType.CHAR ? PrimitiveType.INT : p;
    }

    static PrimitiveType binaryPromotion(PrimitiveType l, PrimitiveType r) {
        if (l == PrimitiveType.DOUBLE || r == PrimitiveType.DOUBLE) {
            return PrimitiveType.DOUBLE;
        }
        if (l == PrimitiveType.FLOAT || r == PrimitiveType.FLOAT) {
            return PrimitiveType.FLOAT;
        }
        if (l == PrimitiveType.LONG || r == PrimitiveType.LONG) {
            return PrimitiveType.LONG;
        }
        return PrimitiveType.INT;
    }

    /** {@code value} (a primitive or a wrapper) as the primitive {@code target}: unboxed, then widened or narrowed. */
    static Typed toPrimitive(Value value, PrimitiveType target) {
        if (value.type() instanceof PrimitiveType p) {
            return Conversions.primitive(value.code(), p, target);
        }
        PrimitiveType unboxed = Types.unboxed(value.type());
        return Conversions.primitive(Conversions.unbox(value.code(), value.type(), unboxed), unboxed, target);
    }

    /** A {@code boolean} or {@code Boolean} value as {@code boolean}, or {@code null}. */
    static Typed asBoolean(Value value) {
        if (value.type() == PrimitiveType.BOOLEAN) {
            return value.code();
        }
        if (Types.unboxed(value.type()) == PrimitiveType.BOOLEAN) {
            return Conversions.unbox(value.code(), value.type(), PrimitiveType.BOOLEAN);
        }
        return null;
    }

    static boolean isBoolean(JavaType type) {
        return Types.primitiveOrUnboxed(type) == PrimitiveType.BOOLEAN;
    }

    // ---------------------------------------------------------------- unary

    Value unary(Node.Unary unary, Env env) throws ExpressionError {
        String op = unary.operator();
        if (op.equals("-") && unary.operand() instanceof Node.Literal literal && literal.negatedMinimum()) {
            JavaType type = literal.kind() == Node.LiteralKind.LONG ? PrimitiveType.LONG : PrimitiveType.INT;
            return new Value(new Typed.Constant(literal.value(), ((PrimitiveType) type).asm()), type);
        }
        Value operand = a.operand(unary.operand(), env);
        if (op.equals("!")) {
            Typed code = asBoolean(operand);
            if (code == null) {
                throw badUnary(unary, operand);
            }
            if (code instanceof Typed.Constant c) {
                return new Value(new Typed.Constant(Folding.unary(UnaryOp.NOT, PrimitiveType.BOOLEAN, c.value()),
                        net.bytebuddy.jar.asm.Type.BOOLEAN_TYPE), PrimitiveType.BOOLEAN);
            }
            return new Value(new Typed.Unary(UnaryOp.NOT, code, net.bytebuddy.jar.asm.Type.BOOLEAN_TYPE),
                    PrimitiveType.BOOLEAN, operand.whenFalse(), operand.whenTrue());
        }
        PrimitiveType p = numeric(operand.type());
        if (p == null || (op.equals("~") && !p.isIntegral())) {
            throw badUnary(unary, operand);
        }
        PrimitiveType promoted = unaryPromotion(p);
        Typed code = toPrimitive(operand, promoted);
        if (op.equals("+")) {
            return new Value(code, promoted);
        }
        UnaryOp kind = op.equals("-") ? UnaryOp.NEGATE : UnaryOp.COMPLEMENT;
        if (code instanceof Typed.Constant c) {
            return new Value(new Typed.Constant(Folding.unary(kind, promoted, c.value()), promoted.asm()), promoted);
        }
        return new Value(new Typed.Unary(kind, code, promoted.asm()), promoted);
    }

    private ExpressionError badUnary(Node.Unary unary, Value operand) {
        return Errors.at(unary, "bad operand type " + Errors.name(operand.type()) + " for unary operator '"
                + unary.operator() + "'", null);
    }

    // ---------------------------------------------------------------- binary

    Value binary(Node.Binary binary, Env env) throws ExpressionError {
        BinaryOp op = BINARY.get(binary.operator());
        if (op == null) {
            throw Errors.at(binary.operatorStart(), binary.operatorStart() + binary.operator().length(),
                    "illegal start of expression", null);
        }
        if (op == BinaryOp.CONDITIONAL_AND || op == BinaryOp.CONDITIONAL_OR) {
            return conditional(binary, op, env);
        }
        Value left = a.operand(binary.left(), env);
        Value right = a.operand(binary.right(), env);
        if (op == BinaryOp.ADD && (Types.isString(left.type()) || Types.isString(right.type()))) {
            return concat(left, right);
        }
        PrimitiveType l = numeric(left.type());
        PrimitiveType r = numeric(right.type());
        switch (op) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> {
                if (l == null || r == null) {
                    throw badOperands(binary, left, right);
                }
                boolean comparison = op.ordinal() >= BinaryOp.LESS.ordinal();
                return numericBinary(op, left, right, binaryPromotion(l, r), comparison);
            }
            case SHIFT_LEFT, SHIFT_RIGHT, SHIFT_RIGHT_UNSIGNED -> {
                if (l == null || r == null || !l.isIntegral() || !r.isIntegral()) {
                    throw badOperands(binary, left, right);
                }
                PrimitiveType lp = unaryPromotion(l);
                Typed lc = toPrimitive(left, lp);
                Typed rc = toPrimitive(right, unaryPromotion(r));
                return fold(op, lp, lc, rc, lp);
            }
            case AND, OR, XOR -> {
                if (isBoolean(left.type()) && isBoolean(right.type())) {
                    return fold(op, PrimitiveType.BOOLEAN, asBoolean(left), asBoolean(right), PrimitiveType.BOOLEAN);
                }
                if (l != null && r != null && l.isIntegral() && r.isIntegral()) {
                    return numericBinary(op, left, right, binaryPromotion(l, r), false);
                }
                throw badOperands(binary, left, right);
            }
            default -> {
                return equality(binary, op, left, right, l, r);
            }
        }
    }

    private Value numericBinary(BinaryOp op, Value left, Value right, PrimitiveType promoted, boolean comparison) {
        return fold(op, promoted, toPrimitive(left, promoted), toPrimitive(right, promoted),
                comparison ? PrimitiveType.BOOLEAN : promoted);
    }

    /** A binary node, or its constant when both operands are constants javac folds. */
    private static Value fold(BinaryOp op, PrimitiveType operands, Typed left, Typed right, PrimitiveType result) {
        if (left instanceof Typed.Constant lc && right instanceof Typed.Constant rc && lc.value() != null
                && rc.value() != null) {
            Object value = Folding.binary(op, operands, lc.value(), rc.value());
            if (value != null) {
                return new Value(new Typed.Constant(value, result.asm()), result);
            }
        }
        return new Value(new Typed.Binary(op, left, right, result.asm()), result);
    }

    private Value equality(Node.Binary binary, BinaryOp op, Value left, Value right, PrimitiveType l, PrimitiveType r)
            throws ExpressionError {
        boolean leftPrimitive = left.type() instanceof PrimitiveType;
        boolean rightPrimitive = right.type() instanceof PrimitiveType;
        if (l != null && r != null && (leftPrimitive || rightPrimitive)) {
            return numericBinary(op, left, right, binaryPromotion(l, r), true);
        }
        if (isBoolean(left.type()) && isBoolean(right.type()) && (leftPrimitive || rightPrimitive)) {
            return fold(op, PrimitiveType.BOOLEAN, asBoolean(left), asBoolean(right), PrimitiveType.BOOLEAN);
        }
        if (leftPrimitive || rightPrimitive) {
            throw badOperands(binary, left, right);
        }
        if (!Casts.isCastable(left.type(), right.type()) && !Casts.isCastable(right.type(), left.type())) {
            throw Errors.at(binary, "incomparable types: " + Errors.name(left.type()) + " and " + Errors.name(right.type()),
                    Types.isString(left.type()) || Types.isString(right.type()) ? "compare strings with equals" : null);
        }
        return new Value(new Typed.Binary(op, left.code(), right.code(), net.bytebuddy.jar.asm.Type.BOOLEAN_TYPE),
                PrimitiveType.BOOLEAN);
    }

    private ExpressionError badOperands(Node.Binary binary, Value left, Value right) {
        String hint = null;
        if (Types.isString(left.type()) || Types.isString(right.type())) {
            hint = "a String is not a number: compare its length(), or parse it (Integer.parseInt)";
        }
        return Errors.at(binary, "bad operand types for binary operator '" + binary.operator() + "': first type: "
                + Errors.name(left.type()) + ", second type: " + Errors.name(right.type()), hint);
    }

    private Value conditional(Node.Binary binary, BinaryOp op, Env env) throws ExpressionError {
        boolean and = op == BinaryOp.CONDITIONAL_AND;
        Value left = a.operand(binary.left(), env);
        Env rightEnv = env.with(and ? left.whenTrue() : left.whenFalse());
        Value right = a.operand(binary.right(), rightEnv);
        Shapes.redefined(binary.right(), left.whenTrue(), right.whenTrue());
        Shapes.redefined(binary.right(), left.whenFalse(), right.whenFalse());
        Typed lc = asBoolean(left);
        Typed rc = asBoolean(right);
        if (lc == null || rc == null) {
            throw badOperands(binary, left, right);
        }
        List<Value.Binding> whenTrue = and ? union(left.whenTrue(), right.whenTrue()) : List.of();
        List<Value.Binding> whenFalse = and ? List.of() : union(left.whenFalse(), right.whenFalse());
        Value folded = fold(op, PrimitiveType.BOOLEAN, lc, rc, PrimitiveType.BOOLEAN);
        return new Value(folded.code(), PrimitiveType.BOOLEAN, whenTrue, whenFalse);
    }

    private static List<Value.Binding> union(List<Value.Binding> a, List<Value.Binding> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<Value.Binding> result = new ArrayList<>(a);
        result.addAll(b);
        return result;
    }

    // ---------------------------------------------------------------- string concatenation

    private Value concat(Value left, Value right) {
        Object lc = left.constant();
        Object rc = right.constant();
        if (lc != null && rc != null) {
            String text = Folding.string(lc, left.type() instanceof PrimitiveType p ? p : null)
                    + Folding.string(rc, right.type() instanceof PrimitiveType p ? p : null);
            return new Value(new Typed.Constant(text, Types.asm(Types.string())), Types.string());
        }
        List<Typed> parts = new ArrayList<>();
        if (left.code() instanceof Typed.Concat nested) {
            parts.addAll(nested.parts());
        } else {
            parts.add(part(left));
        }
        parts.add(part(right));
        return new Value(new Typed.Concat(parts), Types.string());
    }

    /** A concatenated value; a {@code char[]} is appended as an object, as string conversion says, not as characters. */
    private static Typed part(Value value) {
        if (value.type() instanceof ArrayType array && array.component() == PrimitiveType.CHAR) {
            return new Typed.Convert(Typed.Conversion.CHECKCAST, value.code(), Types.asm(Types.object()));
        }
        return value.code();
    }

    // ---------------------------------------------------------------- the rest

    Value conditional(Node.Conditional node, Env env, JavaType target) throws ExpressionError {
        return shapes.conditional(node, env, target);
    }

    Value instanceOf(Node.InstanceOf node, Env env) throws ExpressionError {
        return shapes.instanceOf(node, env);
    }

    Value cast(Node.Cast node, Env env) throws ExpressionError {
        return shapes.cast(node, env);
    }

    Value index(Node.Index node, Env env) throws ExpressionError {
        return shapes.index(node, env);
    }

    Value classLiteral(Node.ClassLiteral node) throws ExpressionError {
        return shapes.classLiteral(node);
    }

    Value newArray(Node.NewArray node, Env env) throws ExpressionError {
        return shapes.newArray(node, env);
    }

    static boolean isNullOrReference(JavaType type) {
        return type == NullType.INSTANCE || type instanceof ClassType || type.isReference();
    }
}
