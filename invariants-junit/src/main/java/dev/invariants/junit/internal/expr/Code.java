package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.emit.ExpressionEmitter;
import dev.invariants.junit.internal.expr.emit.Instructions;
import dev.invariants.junit.internal.expr.emit.Slots;
import dev.invariants.junit.internal.expr.tree.Typed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** Small bytecode idioms the check methods are written with. */
final class Code {

    /** One value of a violation message: its name and how to load it, of {@code type}. */
    record Value(String name, Type type, Consumer<MethodVisitor> load) {}

    private Code() {}

    static void push(MethodVisitor method, int value) {
        Instructions.pushInt(method, value);
    }

    static void push(MethodVisitor method, long value) {
        if (value == 0L || value == 1L) {
            method.visitInsn(Opcodes.LCONST_0 + (int) value);
        } else {
            method.visitLdcInsn(value);
        }
    }

    static void load(MethodVisitor method, Type type, int slot) {
        method.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
    }

    static void store(MethodVisitor method, Type type, int slot) {
        method.visitVarInsn(type.getOpcode(Opcodes.ISTORE), slot);
    }

    /** The default value of {@code type}: a local written on some paths only is still definitely assigned. */
    static void zero(MethodVisitor method, Type type) {
        switch (type.getSort()) {
            case Type.LONG -> method.visitInsn(Opcodes.LCONST_0);
            case Type.FLOAT -> method.visitInsn(Opcodes.FCONST_0);
            case Type.DOUBLE -> method.visitInsn(Opcodes.DCONST_0);
            case Type.OBJECT, Type.ARRAY -> method.visitInsn(Opcodes.ACONST_NULL);
            default -> method.visitInsn(Opcodes.ICONST_0);
        }
    }

    /** Jumps to {@code whenClear} unless {@code bit} is set in the {@code long} in {@code slot}. */
    static void unlessBit(MethodVisitor method, int slot, long bit, Label whenClear) {
        method.visitVarInsn(Opcodes.LLOAD, slot);
        push(method, bit);
        method.visitInsn(Opcodes.LAND);
        method.visitInsn(Opcodes.LCONST_0);
        method.visitInsn(Opcodes.LCMP);
        method.visitJumpInsn(Opcodes.IFEQ, whenClear);
    }

    static void setBit(MethodVisitor method, int slot, long bit) {
        method.visitVarInsn(Opcodes.LLOAD, slot);
        push(method, bit);
        method.visitInsn(Opcodes.LOR);
        method.visitVarInsn(Opcodes.LSTORE, slot);
    }

    static void clearBit(MethodVisitor method, int slot, long bit) {
        method.visitVarInsn(Opcodes.LLOAD, slot);
        push(method, ~bit);
        method.visitInsn(Opcodes.LAND);
        method.visitVarInsn(Opcodes.LSTORE, slot);
    }

    /** Returns at once when the {@code long} in {@code slot} is 0. */
    static void returnIfZero(MethodVisitor method, int slot) {
        Label go = new Label();
        method.visitVarInsn(Opcodes.LLOAD, slot);
        method.visitInsn(Opcodes.LCONST_0);
        method.visitInsn(Opcodes.LCMP);
        method.visitJumpInsn(Opcodes.IFNE, go);
        method.visitInsn(Opcodes.RETURN);
        method.visitLabel(go);
    }

    /** Boxes the primitive on the stack, as {@code Object[]} elements of messages need; references stay. */
    static void box(MethodVisitor method, Type type) {
        if (type.getSort() >= Type.BOOLEAN && type.getSort() <= Type.DOUBLE) {
            Instructions.box(method, type);
        }
    }

    /** Widens the number on the stack to {@code double}; a reference goes through {@code CheckSupport.number}. */
    static void toDouble(MethodVisitor method, Type type) {
        switch (type.getSort()) {
            case Type.LONG -> method.visitInsn(Opcodes.L2D);
            case Type.FLOAT -> method.visitInsn(Opcodes.F2D);
            case Type.DOUBLE -> {
                // already
            }
            case Type.OBJECT, Type.ARRAY -> Convention.NUMBER.emit(method);
            default -> method.visitInsn(Opcodes.I2D);
        }
    }

    /** {@code new Object[] {"name", value, ...}}: what a violation message lists. */
    static void values(MethodVisitor method, List<Value> values) {
        push(method, values.size() * 2);
        method.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            method.visitInsn(Opcodes.DUP);
            push(method, 2 * i);
            method.visitLdcInsn(value.name());
            method.visitInsn(Opcodes.AASTORE);
            method.visitInsn(Opcodes.DUP);
            push(method, 2 * i + 1);
            value.load().accept(method);
            box(method, value.type());
            method.visitInsn(Opcodes.AASTORE);
        }
    }

    /** The fields {@code first} and then {@code second} read (either may be {@code null}), each once, in first-read order. */
    static List<Value> shown(ExpressionEmitter emitter, Slots slots, Attributed first, Attributed second) {
        Map<String, Value> shown = new LinkedHashMap<>();
        for (Attributed attributed : new Attributed[] {first, second}) {
            if (attributed == null) {
                continue;
            }
            for (Attributed.Shown each : attributed.shown()) {
                Typed value = each.value();
                shown.putIfAbsent(each.name(), new Value(each.name(), value.type(), m -> emitter.value(m, value, slots)));
            }
        }
        return new ArrayList<>(shown.values());
    }

    /** The descriptor of the woven class's own type. */
    static String descriptor(String internalName) {
        return "L" + internalName + ";";
    }
}
