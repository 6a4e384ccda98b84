package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeVar;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Type;

/** Array access, array creation and class literals (JLS 15.10, 15.13, 15.8.2). */
final class ArrayShapes {

    private final Attribution a;

    ArrayShapes(Attribution attribution) {
        this.a = attribution;
    }

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
        if (!Shapes.isReifiable(type)) {
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
    }}
