package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Typed.BinaryOp;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes typed expressions as bytecode into the methods of one generated class. Lambdas become
 * private static synthetic methods of that class, written by {@link #finish}.
 *
 * <p>The code is what javac writes for the same expression: the same instructions, the same order of
 * evaluation, the same exceptions ({@code ArithmeticException} from integer division by zero,
 * {@code NullPointerException} from unboxing {@code null}), and conditions compiled as jumps, a
 * {@code boolean} materialised only where a value is needed. Frames are left to the class writer
 * ({@link FrameWriter}).
 */
public final class ExpressionEmitter {

    private final MemberCode members = new MemberCode(this);
    /** Slots of {@code LOCAL} variables, per method (its {@link Slots}), by local id. */
    private final Map<Slots, Map<Integer, int[]>> locals = new IdentityHashMap<>();
    private final LambdaCode lambdas;

    /**
     * @param owner        the class being written (it receives the lambda bodies)
     * @param internalName the generated class's internal name
     */
    public ExpressionEmitter(ClassVisitor owner, String internalName) {
        this.lambdas = new LambdaCode(this, owner, internalName);
    }

    /** Leaves the value of {@code expression} on the stack. */
    public void value(MethodVisitor method, Typed expression, Slots slots) {
        if (expression instanceof Typed.Constant constant) {
            Constants.push(method, constant);
        } else if (expression instanceof Typed.Var var) {
            method.visitVarInsn(var.type().getOpcode(Opcodes.ILOAD), slot(var.variable(), slots));
        } else if (expression instanceof Typed.GetField get) {
            members.getField(method, get, slots);
        } else if (expression instanceof Typed.Invoke invoke) {
            members.invoke(method, invoke, slots);
        } else if (expression instanceof Typed.NewInstance created) {
            members.newInstance(method, created, slots);
        } else if (expression instanceof Typed.NewArray array) {
            newArray(method, array, slots);
        } else if (expression instanceof Typed.ArrayGet get) {
            arrayGet(method, get, slots);
        } else if (expression instanceof Typed.ArrayLength length) {
            value(method, length.array(), slots);
            method.visitInsn(Opcodes.ARRAYLENGTH);
        } else if (expression instanceof Typed.Unary unary) {
            unary(method, unary, slots);
        } else if (expression instanceof Typed.Binary binary) {
            binary(method, binary, slots);
        } else if (expression instanceof Typed.Concat concat) {
            Constants.concat(this, method, concat, slots);
        } else if (expression instanceof Typed.Conditional conditional) {
            Label otherwise = new Label();
            Label end = new Label();
            branch(method, conditional.condition(), false, otherwise, slots);
            value(method, conditional.whenTrue(), slots);
            method.visitJumpInsn(Opcodes.GOTO, end);
            method.visitLabel(otherwise);
            value(method, conditional.whenFalse(), slots);
            method.visitLabel(end);
        } else if (expression instanceof Typed.InstanceOf test) {
            if (test.binding() == null) {
                value(method, test.expression(), slots);
                method.visitTypeInsn(Opcodes.INSTANCEOF, test.tested().getInternalName());
            } else {
                materialise(method, expression, slots);
            }
        } else if (expression instanceof Typed.Convert convert) {
            convert(method, convert, slots);
        } else if (expression instanceof Typed.ClassLiteral literal) {
            Constants.classLiteral(method, literal.literal());
        } else if (expression instanceof Typed.Lambda lambda) {
            lambdas.create(method, lambda, slots);
        } else {
            throw new IllegalArgumentException("cannot emit " + expression);
        }
    }

    /** Jumps to {@code target} when the {@code boolean} {@code expression} equals {@code jumpWhen}; falls through otherwise. */
    public void branch(MethodVisitor method, Typed expression, boolean jumpWhen, Label target, Slots slots) {
        if (expression instanceof Typed.Unary unary && unary.op() == Typed.UnaryOp.NOT) {
            branch(method, unary.operand(), !jumpWhen, target, slots);
        } else if (expression instanceof Typed.Binary binary && binary.op() == BinaryOp.CONDITIONAL_AND) {
            // To jump when both hold, leave at the first that fails; to jump when either fails, test each.
            if (jumpWhen) {
                Label skip = new Label();
                branch(method, binary.left(), false, skip, slots);
                branch(method, binary.right(), true, target, slots);
                method.visitLabel(skip);
            } else {
                branch(method, binary.left(), false, target, slots);
                branch(method, binary.right(), false, target, slots);
            }
        } else if (expression instanceof Typed.Binary binary && binary.op() == BinaryOp.CONDITIONAL_OR) {
            if (jumpWhen) {
                branch(method, binary.left(), true, target, slots);
                branch(method, binary.right(), true, target, slots);
            } else {
                Label skip = new Label();
                branch(method, binary.left(), true, skip, slots);
                branch(method, binary.right(), false, target, slots);
                method.visitLabel(skip);
            }
        } else if (expression instanceof Typed.Binary binary && ComparisonJumps.isComparison(binary.op())) {
            compare(method, binary, jumpWhen, target, slots);
        } else if (expression instanceof Typed.Conditional conditional) {
            Label otherwise = new Label();
            Label end = new Label();
            branch(method, conditional.condition(), false, otherwise, slots);
            branch(method, conditional.whenTrue(), jumpWhen, target, slots);
            method.visitJumpInsn(Opcodes.GOTO, end);
            method.visitLabel(otherwise);
            branch(method, conditional.whenFalse(), jumpWhen, target, slots);
            method.visitLabel(end);
        } else if (expression instanceof Typed.InstanceOf test && test.binding() != null) {
            bindingTest(method, test, jumpWhen, target, slots);
        } else {
            value(method, expression, slots);
            method.visitJumpInsn(jumpWhen ? Opcodes.IFNE : Opcodes.IFEQ, target);
        }
    }

    /** Writes the synthetic methods the emitted lambdas need; call once, after the last expression. */
    public void finish() {
        lambdas.finish();
    }

    int slot(Variable variable, Slots slots) {
        if (slots instanceof LambdaSlots lambda && lambda.has(variable)) {
            return lambda.slot(variable);
        }
        if (variable.kind() != Variable.Kind.LOCAL) {
            return slots.slot(variable);
        }
        int size = variable.type().getSize();
        int[] known = locals.computeIfAbsent(slots, s -> new HashMap<>()).get(variable.index());
        if (known == null || known[1] != size) {
            // Another expression of the same method may use the same id for a value of another size.
            known = new int[] {slots.allocate(size), size};
            locals.get(slots).put(variable.index(), known);
        }
        return known[0];
    }

    private void materialise(MethodVisitor method, Typed condition, Slots slots) {
        Label isFalse = new Label();
        Label end = new Label();
        branch(method, condition, false, isFalse, slots);
        method.visitInsn(Opcodes.ICONST_1);
        method.visitJumpInsn(Opcodes.GOTO, end);
        method.visitLabel(isFalse);
        method.visitInsn(Opcodes.ICONST_0);
        method.visitLabel(end);
    }

    private void compare(MethodVisitor method, Typed.Binary binary, boolean jumpWhen, Label target, Slots slots) {
        Type operands = binary.left().type();
        boolean references = operands.getSort() == Type.OBJECT || operands.getSort() == Type.ARRAY;
        if (references && isNull(binary.right())) {
            value(method, binary.left(), slots);
            ComparisonJumps.jumpNull(method, binary.op(), jumpWhen, target);
        } else if (references && isNull(binary.left())) {
            value(method, binary.right(), slots);
            ComparisonJumps.jumpNull(method, binary.op(), jumpWhen, target);
        } else {
            value(method, binary.left(), slots);
            value(method, binary.right(), slots);
            ComparisonJumps.jump(method, binary.op(), operands, jumpWhen, target);
        }
    }

    private static boolean isNull(Typed expression) {
        return expression instanceof Typed.Constant constant && constant.value() == null;
    }

    /** {@code e instanceof T name}: the value is kept in a slot of its own, unless it already is a variable, so it is evaluated once. */
    private void bindingTest(MethodVisitor method, Typed.InstanceOf test, boolean jumpWhen, Label target, Slots slots) {
        int temporary = -1;
        if (!(test.expression() instanceof Typed.Var)) {
            temporary = slots.allocate(1);
            value(method, test.expression(), slots);
            method.visitVarInsn(Opcodes.ASTORE, temporary);
        }
        Label fails = jumpWhen ? new Label() : target;
        loadTested(method, test.expression(), temporary, slots);
        method.visitTypeInsn(Opcodes.INSTANCEOF, test.tested().getInternalName());
        method.visitJumpInsn(Opcodes.IFEQ, fails);
        loadTested(method, test.expression(), temporary, slots);
        method.visitTypeInsn(Opcodes.CHECKCAST, test.tested().getInternalName());
        method.visitVarInsn(Opcodes.ASTORE, slot(test.binding(), slots));
        if (jumpWhen) {
            method.visitJumpInsn(Opcodes.GOTO, target);
            method.visitLabel(fails);
        }
    }

    private void loadTested(MethodVisitor method, Typed tested, int temporary, Slots slots) {
        if (temporary < 0) {
            value(method, tested, slots);
        } else {
            method.visitVarInsn(Opcodes.ALOAD, temporary);
        }
    }

    private void unary(MethodVisitor method, Typed.Unary unary, Slots slots) {
        switch (unary.op()) {
            case NOT -> materialise(method, unary, slots);
            case NEGATE -> {
                value(method, unary.operand(), slots);
                method.visitInsn(unary.type().getOpcode(Opcodes.INEG));
            }
            case COMPLEMENT -> {
                value(method, unary.operand(), slots);
                if (unary.type().getSort() == Type.LONG) {
                    method.visitLdcInsn(-1L);
                } else {
                    method.visitInsn(Opcodes.ICONST_M1);
                }
                method.visitInsn(unary.type().getOpcode(Opcodes.IXOR));
            }
            default -> throw new IllegalArgumentException("unknown operator " + unary.op());
        }
    }

    private void binary(MethodVisitor method, Typed.Binary binary, Slots slots) {
        BinaryOp op = binary.op();
        if (op == BinaryOp.CONDITIONAL_AND || op == BinaryOp.CONDITIONAL_OR || ComparisonJumps.isComparison(op)) {
            materialise(method, binary, slots);
            return;
        }
        value(method, binary.left(), slots);
        value(method, binary.right(), slots);
        int opcode = switch (op) {
            case ADD -> Opcodes.IADD;
            case SUBTRACT -> Opcodes.ISUB;
            case MULTIPLY -> Opcodes.IMUL;
            case DIVIDE -> Opcodes.IDIV;
            case REMAINDER -> Opcodes.IREM;
            case SHIFT_LEFT -> Opcodes.ISHL;
            case SHIFT_RIGHT -> Opcodes.ISHR;
            case SHIFT_RIGHT_UNSIGNED -> Opcodes.IUSHR;
            case AND -> Opcodes.IAND;
            case OR -> Opcodes.IOR;
            case XOR -> Opcodes.IXOR;
            default -> throw new IllegalArgumentException("unknown operator " + op);
        };
        if (opcode == Opcodes.ISHL || opcode == Opcodes.ISHR || opcode == Opcodes.IUSHR) {
            // The shift count is an int on the JVM; Java uses its low 5 or 6 bits, which l2i keeps.
            if (binary.right().type().getSort() == Type.LONG) {
                method.visitInsn(Opcodes.L2I);
            }
        }
        method.visitInsn(binary.type().getOpcode(opcode));
    }

    private void convert(MethodVisitor method, Typed.Convert convert, Slots slots) {
        Typed expression = convert.expression();
        value(method, expression, slots);
        Type from = expression.type();
        Type to = convert.type();
        switch (convert.conversion()) {
            case PRIMITIVE -> ConversionCode.primitive(method, from, to);
            case BOX -> Instructions.box(method, from);
            case UNBOX -> ConversionCode.unbox(method, from, to);
            case CHECKCAST -> {
                if (!from.equals(to)) {
                    method.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
                }
            }
            default -> throw new IllegalArgumentException("unknown conversion " + convert.conversion());
        }
    }

    private void newArray(MethodVisitor method, Typed.NewArray array, Slots slots) {
        Type component = Type.getType(array.type().getDescriptor().substring(1));
        List<Typed> dimensions = array.dimensions() == null ? List.of() : array.dimensions();
        if (dimensions.size() > 1) {
            for (Typed each : dimensions) {
                value(method, each, slots);
            }
            method.visitMultiANewArrayInsn(array.type().getDescriptor(), dimensions.size());
            return;
        }
        List<Typed> elements = array.elements() == null ? List.of() : array.elements();
        if (dimensions.size() == 1) {
            value(method, dimensions.get(0), slots);
        } else {
            Instructions.pushInt(method, elements.size());
        }
        Constants.newArray(method, component);
        for (int i = 0; i < elements.size(); i++) {
            method.visitInsn(Opcodes.DUP);
            Instructions.pushInt(method, i);
            value(method, elements.get(i), slots);
            method.visitInsn(component.getOpcode(Opcodes.IASTORE));
        }
    }

    private void arrayGet(MethodVisitor method, Typed.ArrayGet get, Slots slots) {
        value(method, get.array(), slots);
        value(method, get.index(), slots);
        Type arrayType = get.array().type();
        Type component = arrayType.getSort() == Type.ARRAY ? Type.getType(arrayType.getDescriptor().substring(1))
                : get.type();
        method.visitInsn(component.getOpcode(Opcodes.IALOAD));
        castIfNarrower(method, component, get.type());
    }

    /** The cast javac writes where an erased type ({@code Object} for a {@code T}) stands for a more precise one. */
    void castIfNarrower(MethodVisitor method, Type erased, Type wanted) {
        if (!ConversionCode.isPrimitive(wanted) && wanted.getSort() != Type.VOID && !wanted.equals(erased)
                && !wanted.getDescriptor().equals("Ljava/lang/Object;")) {
            method.visitTypeInsn(Opcodes.CHECKCAST, wanted.getInternalName());
        }
    }

    static void discard(MethodVisitor method, Type type) {
        if (type.getSort() != Type.VOID) {
            method.visitInsn(type.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
        }
    }

}
