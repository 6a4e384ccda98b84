package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import dev.invariants.junit.internal.expr.tree.Typed.Conversion;
import dev.invariants.junit.internal.expr.tree.Variable;
import net.bytebuddy.jar.asm.Type;

/** Short names for building typed trees by hand in tests. */
final class Trees {

    static final Type Z = Type.BOOLEAN_TYPE;
    static final Type C = Type.CHAR_TYPE;
    static final Type B = Type.BYTE_TYPE;
    static final Type S = Type.SHORT_TYPE;
    static final Type I = Type.INT_TYPE;
    static final Type J = Type.LONG_TYPE;
    static final Type F = Type.FLOAT_TYPE;
    static final Type D = Type.DOUBLE_TYPE;
    static final Type OBJECT = Type.getType(Object.class);
    static final Type STRING = Type.getType(String.class);
    static final Type INTEGER = Type.getType(Integer.class);

    private Trees() {}

    static Variable parameter(int index, Type type) {
        return new Variable(Variable.Kind.PARAMETER, index, "p" + index, type);
    }

    static Variable self(Class<?> type) {
        return new Variable(Variable.Kind.THIS, 0, "this", Type.getType(type));
    }

    static Variable local(int index, Type type) {
        return new Variable(Variable.Kind.LOCAL, index, "l" + index, type);
    }

    static Typed var(Variable variable) {
        return new Typed.Var(variable);
    }

    static Typed constant(Object value, Type type) {
        return new Typed.Constant(value, type);
    }

    static Typed binary(BinaryOp op, Typed left, Typed right, Type type) {
        return new Typed.Binary(op, left, right, type);
    }

    static Typed compare(BinaryOp op, Typed left, Typed right) {
        return new Typed.Binary(op, left, right, Z);
    }

    static Typed convert(Conversion conversion, Typed expression, Type type) {
        return new Typed.Convert(conversion, expression, type);
    }

    static Typed primitive(Typed expression, Type type) {
        return new Typed.Convert(Conversion.PRIMITIVE, expression, type);
    }
}
