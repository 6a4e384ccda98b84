package dev.invariants.junit.internal.model;

import dev.invariants.junit.spi.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** Collects what {@link ClassFileReader} needs of one method: its invariants, parameter names, first line. */
final class MemberCollector extends MethodVisitor {

    final String name;
    final String descriptor;
    final int access;
    final List<RawInvariant> invariants = new ArrayList<>();
    private final Type[] argumentTypes;
    private final List<String> declaredNames = new ArrayList<>();
    private final String[] slotNames;
    private final int[] slotStarts;
    private final int[] parameterSlots;
    private final Map<Label, Integer> labelOrder = new IdentityHashMap<>();
    private int firstLine;

    MemberCollector(int access, String name, String descriptor) {
        super(Opcodes.ASM9);
        this.access = access;
        this.name = name;
        this.descriptor = descriptor;
        this.argumentTypes = Type.getArgumentTypes(descriptor);
        this.parameterSlots = new int[argumentTypes.length];
        int slot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        for (int i = 0; i < argumentTypes.length; i++) {
            parameterSlots[i] = slot;
            slot += argumentTypes[i].getSize();
        }
        this.slotNames = new String[argumentTypes.length];
        this.slotStarts = new int[argumentTypes.length];
        Arrays.fill(slotStarts, Integer.MAX_VALUE);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
        return InvariantAnnotationVisitor.forDescriptor(annotationDescriptor, invariants);
    }

    @Override
    public void visitParameter(String parameterName, int parameterAccess) {
        declaredNames.add(parameterName);
    }

    @Override
    public void visitLabel(Label label) {
        labelOrder.putIfAbsent(label, labelOrder.size());
    }

    @Override
    public void visitLocalVariable(String localName, String localDescriptor, String signature, Label start, Label end,
            int index) {
        for (int i = 0; i < parameterSlots.length; i++) {
            int order = labelOrder.getOrDefault(start, Integer.MAX_VALUE - 1);
            if (parameterSlots[i] == index && order < slotStarts[i]) {
                slotNames[i] = localName;
                slotStarts[i] = order;
            }
        }
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        if (firstLine == 0 || line < firstLine) {
            firstLine = line;
        }
    }

    int firstLine() {
        return firstLine;
    }

    Member toMember() {
        List<String> types = new ArrayList<>(argumentTypes.length);
        for (Type type : argumentTypes) {
            types.add(type.getClassName());
        }
        return new Member(name, descriptor, access, types, parameterNames(), firstLine);
    }

    private List<String> parameterNames() {
        if (declaredNames.size() == argumentTypes.length && !declaredNames.contains(null)) {
            return declaredNames;
        }
        List<String> fromDebugInfo = Arrays.asList(slotNames);
        return fromDebugInfo.contains(null) ? null : fromDebugInfo;
    }
}
