package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.types.ClassSymbol;
import dev.invariants.junit.internal.expr.types.TypeModel;
import dev.invariants.junit.internal.model.InputShapes;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.internal.model.Partitions;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes, at the end of a member's entry, the pairwise-coverage record of a call: when
 * {@code invariants.combinations} is on, the class of each of the first {@link Partitions#MAX_INPUTS}
 * parameters packed 4 bits each into one {@code long}, then one {@code combination} call per invariant with
 * whether its {@code pre} held. The kinds come from the declared types; the bounds from each invariant's
 * {@code pre} (the union over the member's invariants, at most {@link Partitions#MAX_BOUNDS} per parameter:
 * the class is computed once per call, not once per invariant).
 */
final class PartitionWriter {

    static final Convention.Call COMBINING = new Convention.Call("combining", "()Z");
    static final Convention.Call PART_BOOLEAN = new Convention.Call("partBoolean", "(Z)I");
    static final Convention.Call PART_LONG = new Convention.Call("partLong", "(JJJI)I");
    static final Convention.Call PART_DOUBLE = new Convention.Call("partDouble", "(DDDI)I");
    static final Convention.Call PART = new Convention.Call("part", "(Ljava/lang/Object;IDDI)I");
    static final Convention.Call COMBINATION = new Convention.Call("combination", "(IJII)V");

    private final MemberWriter member;
    private final Type[] arguments;

    PartitionWriter(MemberWriter member, Type[] arguments) {
        this.member = member;
        this.arguments = arguments;
    }

    void write(MethodVisitor method, Locals locals, int mask) {
        int arity = Math.min(arguments.length, Partitions.MAX_INPUTS);
        if (arity < 2 || member.invariants.isEmpty()) {
            return;
        }
        int[] kinds = new int[arity];
        double[][] bounds = new double[arity][];
        String[] types = new String[arity];
        TypeModel model = TypeModel.of(member.loader);
        List<String> names = member.invariants.get(0).names();
        for (int i = 0; i < arity; i++) {
            kinds[i] = kind(model, arguments[i]);
            types[i] = arguments[i].getClassName();
            bounds[i] = kinds[i] == Partitions.NUMBER ? bounds(names.get(i)) : new double[0];
        }
        for (Prepared each : member.invariants) {
            InputShapes.describe(each.index(), new InputShapes.Shape(each.names().subList(0, arity).toArray(String[]::new),
                    kinds, bounds, types, new WeakReference<>(member.loader)));
        }
        Label skip = new Label();
        COMBINING.emit(method);
        method.visitJumpInsn(Opcodes.IFEQ, skip);
        int packed = locals.allocate(2);
        method.visitInsn(Opcodes.LCONST_0);
        method.visitVarInsn(Opcodes.LSTORE, packed);
        for (int i = 0; i < arity; i++) {
            classOf(method, arguments[i], locals.parameter(i), kinds[i], bounds[i]);
            method.visitInsn(Opcodes.I2L);
            Code.push(method, 4 * i);
            method.visitInsn(Opcodes.LSHL);
            method.visitVarInsn(Opcodes.LLOAD, packed);
            method.visitInsn(Opcodes.LOR);
            method.visitVarInsn(Opcodes.LSTORE, packed);
        }
        for (Prepared each : member.invariants) {
            Code.push(method, each.index());
            method.visitVarInsn(Opcodes.LLOAD, packed);
            Code.push(method, arity);
            method.visitVarInsn(Opcodes.LLOAD, mask);
            Code.push(method, each.bit());
            method.visitInsn(Opcodes.LAND);
            method.visitInsn(Opcodes.LCONST_0);
            method.visitInsn(Opcodes.LCMP);
            COMBINATION.emit(method);
        }
        method.visitLabel(skip);
    }

    private double[] bounds(String parameter) {
        double[] found = new double[0];
        for (Prepared each : member.invariants) {
            for (double bound : Partitions.bounds(InvariantRegistry.definition(each.index()).pre(), parameter)) {
                if (found.length < Partitions.MAX_BOUNDS && java.util.Arrays.stream(found).noneMatch(b -> b == bound)) {
                    found = java.util.Arrays.copyOf(found, found.length + 1);
                    found[found.length - 1] = bound;
                }
            }
        }
        return found;
    }

    private static void classOf(MethodVisitor method, Type type, int slot, int kind, double[] bounds) {
        Code.load(method, type, slot);
        switch (type.getSort()) {
            case Type.BOOLEAN -> PART_BOOLEAN.emit(method);
            case Type.BYTE, Type.SHORT, Type.INT, Type.CHAR, Type.LONG -> {
                if (type.getSort() != Type.LONG) {
                    method.visitInsn(Opcodes.I2L);
                }
                Code.push(method, bounds.length > 0 ? (long) bounds[0] : 0L);
                Code.push(method, bounds.length > 1 ? (long) bounds[1] : 0L);
                Code.push(method, bounds.length);
                PART_LONG.emit(method);
            }
            case Type.FLOAT, Type.DOUBLE -> {
                if (type.getSort() == Type.FLOAT) {
                    method.visitInsn(Opcodes.F2D);
                }
                method.visitLdcInsn(bounds.length > 0 ? bounds[0] : 0d);
                method.visitLdcInsn(bounds.length > 1 ? bounds[1] : 0d);
                Code.push(method, bounds.length);
                PART_DOUBLE.emit(method);
            }
            default -> {
                Code.push(method, kind);
                method.visitLdcInsn(bounds.length > 0 ? bounds[0] : 0d);
                method.visitLdcInsn(bounds.length > 1 ? bounds[1] : 0d);
                Code.push(method, bounds.length);
                PART.emit(method);
            }
        }
    }

    /** The kind of a declared type, read from class files (nothing is loaded). */
    static int kind(TypeModel model, Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
                return Partitions.BOOLEAN;
            case Type.ARRAY:
                return Partitions.SIZED;
            case Type.OBJECT:
                break;
            default:
                return Partitions.NUMBER;
        }
        String name = type.getInternalName();
        switch (name) {
            case "java/lang/Boolean":
                return Partitions.BOOLEAN;
            case "java/lang/String", "java/lang/CharSequence":
                return Partitions.TEXT;
            case "java/lang/Object":
                return Partitions.REFERENCE;
            default:
                break;
        }
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!seen.add(next) || seen.size() > 64) {
                continue;
            }
            switch (next) {
                case "java/lang/Enum":
                    return Partitions.ENUM;
                case "java/lang/Number":
                    return Partitions.NUMBER;
                case "java/lang/CharSequence":
                    return Partitions.TEXT;
                case "java/util/Collection", "java/util/Map":
                    return Partitions.SIZED;
                default:
                    break;
            }
            ClassSymbol symbol = model.symbol(next);
            if (!symbol.exists()) {
                continue;
            }
            if (symbol.superName() != null) {
                todo.push(symbol.superName());
            }
            symbol.interfaceNames().forEach(todo::push);
        }
        return Partitions.REFERENCE;
    }
}
