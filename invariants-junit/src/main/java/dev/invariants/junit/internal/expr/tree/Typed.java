package dev.invariants.junit.internal.expr.tree;

import java.util.List;
import net.bytebuddy.jar.asm.Type;

/**
 * An invariant expression after attribution: every name resolved, every member chosen, every
 * conversion explicit, every type erased to the JVM type the emitter works with. Attribution
 * ({@code expr.attr}) produces it; emission ({@code expr.emit}) turns it into bytecode without
 * looking anything up. The rules of JLS 15 (promotion, boxing, overloads, generics) are applied
 * before this tree exists: an operand whose type differs from what its operator or member takes is
 * wrapped in a {@link Convert}.
 *
 * <p>{@link #type()} is the erased JVM type of the node's value ({@code Type.VOID_TYPE} never occurs
 * in an expression that yields a value; a call to a void method is a definition error).
 */
public sealed interface Typed {

    Type type();

    /**
     * A constant: {@code Integer} (also for {@code boolean}/{@code char}/{@code byte}/{@code short}
     * constants, with {@code type} saying which), {@code Long}, {@code Float}, {@code Double},
     * {@code String}, or {@code null} with an object {@code type}. Constant expressions are folded by
     * attribution as javac folds them ({@code "a" + 1} is the string {@code "a1"}, interned like a literal).
     */
    record Constant(Object value, Type type) implements Typed {}

    /** A variable in scope. */
    record Var(Variable variable) implements Typed {
        @Override
        public Type type() {
            return variable.type();
        }
    }

    /** A field read; {@code target} is {@code null} for a static field. */
    record GetField(Typed target, FieldRef field, Type type) implements Typed {}

    /**
     * A method call; {@code target} is {@code null} for a static method. {@code type} is the erased type
     * the caller sees: when it differs from the erased return type of {@code method.descriptor()}
     * (a generic method), the emitter casts.
     */
    record Invoke(Typed target, MethodRef method, List<Typed> arguments, Type type) implements Typed {}

    /** {@code new T(arguments)}. */
    record NewInstance(MethodRef constructor, List<Typed> arguments, Type type) implements Typed {}

    /** {@code new T[d0][d1]...} with {@code dimensions} sized, or {@code new T[] {...}} with {@code elements}. */
    record NewArray(Type type, List<Typed> dimensions, List<Typed> elements) implements Typed {}

    /** {@code array[index]}; {@code type} is the component type. */
    record ArrayGet(Typed array, Typed index, Type type) implements Typed {}

    /** {@code array.length}. */
    record ArrayLength(Typed array) implements Typed {
        @Override
        public Type type() {
            return Type.INT_TYPE;
        }
    }

    /** Operators of {@link Unary}. */
    enum UnaryOp { NEGATE, NOT, COMPLEMENT }

    /** {@code -x} ({@code int}/{@code long}/{@code float}/{@code double}), {@code !b}, {@code ~x} ({@code int}/{@code long}). */
    record Unary(UnaryOp op, Typed operand, Type type) implements Typed {}

    /** Operators of {@link Binary}. */
    enum BinaryOp {
        ADD, SUBTRACT, MULTIPLY, DIVIDE, REMAINDER, SHIFT_LEFT, SHIFT_RIGHT, SHIFT_RIGHT_UNSIGNED,
        AND, OR, XOR, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL, CONDITIONAL_AND, CONDITIONAL_OR
    }

    /**
     * A binary operator on operands already converted to one promoted type ({@code int}, {@code long},
     * {@code float}, {@code double}, or {@code boolean} for {@code & | ^ == != && ||}); shifts convert
     * each operand on its own (the right one to {@code int} or {@code long}). {@code EQUAL}/{@code NOT_EQUAL}
     * on two references compare identities (object {@code type()} of the operands). {@code type} is the
     * result: the promoted type, or {@code boolean} for comparisons.
     */
    record Binary(BinaryOp op, Typed left, Typed right, Type type) implements Typed {}

    /** String concatenation: each part is appended with the {@code StringBuilder.append} overload its type selects. */
    record Concat(List<Typed> parts) implements Typed {
        @Override
        public Type type() {
            return Type.getType(String.class);
        }
    }

    /** {@code condition ? whenTrue : whenFalse}, both branches already converted to {@code type}. */
    record Conditional(Typed condition, Typed whenTrue, Typed whenFalse, Type type) implements Typed {}

    /**
     * {@code expression instanceof T}, with a pattern variable when {@code binding} is non-null: the
     * emitter stores the cast value in the binding's slot when the test succeeds.
     */
    record InstanceOf(Typed expression, Type tested, Variable binding) implements Typed {
        @Override
        public Type type() {
            return Type.BOOLEAN_TYPE;
        }
    }

    /** Kinds of {@link Convert}. */
    enum Conversion { PRIMITIVE, BOX, UNBOX, CHECKCAST }

    /**
     * A conversion: a primitive widening or narrowing ({@code i2l}, {@code l2i}, {@code i2c}...), boxing
     * ({@code Integer.valueOf}), unboxing ({@code intValue}; from {@code expression}'s wrapper type to
     * the primitive {@code type}), or a checked cast to a reference {@code type}.
     */
    record Convert(Conversion conversion, Typed expression, Type type) implements Typed {}

    /** {@code T.class}; for a primitive, the wrapper's {@code TYPE} field. */
    record ClassLiteral(Type literal) implements Typed {
        @Override
        public Type type() {
            return Type.getType(Class.class);
        }
    }

    /**
     * A lambda or method reference, made by {@code LambdaMetafactory}: the emitter writes {@code body} as
     * a private static synthetic method taking the captured variables (those used in {@code body} that
     * are not {@code parameters}, in first-use order) and then {@code parameters}, and an
     * {@code invokedynamic} that captures them.
     *
     * @param functional            the functional interface (the {@code type})
     * @param method                its abstract method's name
     * @param erasedDescriptor      the abstract method's erased descriptor ({@code (Ljava/lang/Object;)Z})
     * @param instantiatedDescriptor the descriptor with the inferred parameter and return types
     *                               ({@code (Lcom/acme/Line;)Z}): the synthetic method's signature after the captures
     * @param parameters            the lambda's parameters, typed as in {@code instantiatedDescriptor}
     * @param body                  the body, converted to the instantiated return type; {@code null} result
     *                              type ({@code V}) means the body's value is discarded
     */
    record Lambda(Type functional, String method, String erasedDescriptor, String instantiatedDescriptor,
            List<Variable> parameters, Typed body) implements Typed {
        @Override
        public Type type() {
            return functional;
        }
    }
}
