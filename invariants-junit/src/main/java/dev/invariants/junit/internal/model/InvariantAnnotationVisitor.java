package dev.invariants.junit.internal.model;

import java.util.List;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** Reads {@code @Invariant} and its container {@code @Invariant.List} into {@link RawInvariant}s. */
final class InvariantAnnotationVisitor extends AnnotationVisitor {

    static final String INVARIANT = "Ldev/invariants/Invariant;";
    static final String CONTAINER = "Ldev/invariants/Invariant$List;";

    private final RawInvariant target;
    private final List<RawInvariant> sink;

    private InvariantAnnotationVisitor(RawInvariant target, List<RawInvariant> sink) {
        super(Opcodes.ASM9);
        this.target = target;
        this.sink = sink;
    }

    /** A visitor for the annotation with the given descriptor, or {@code null} when it is not ours. */
    static AnnotationVisitor forDescriptor(String descriptor, List<RawInvariant> sink) {
        if (INVARIANT.equals(descriptor)) {
            RawInvariant raw = new RawInvariant();
            sink.add(raw);
            return new InvariantAnnotationVisitor(raw, sink);
        }
        if (CONTAINER.equals(descriptor)) {
            return new InvariantAnnotationVisitor(null, sink);
        }
        return null;
    }

    @Override
    public void visit(String name, Object value) {
        if (target == null) {
            return;
        }
        switch (name) {
            case "id" -> target.id = (String) value;
            case "pre" -> {
                target.pre = (String) value;
                target.preWritten = true;
            }
            case "post" -> target.post = (String) value;
            case "description" -> target.description = (String) value;
            default -> { }
        }
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
        if (target != null && "raises".equals(name)) {
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String ignored, Object value) {
                    target.raises.add(((Type) value).getClassName());
                }
            };
        }
        if (target == null && "value".equals(name)) {
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String ignored, String descriptor) {
                    return forDescriptor(descriptor, sink);
                }
            };
        }
        return null;
    }
}
