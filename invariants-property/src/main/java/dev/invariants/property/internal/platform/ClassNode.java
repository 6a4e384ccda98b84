package dev.invariants.property.internal.platform;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** The generated tests of one class with invariants, named and linked by class name only: nothing is loaded to discover it. */
final class ClassNode extends AbstractTestDescriptor {
    static final String SEGMENT = "class";

    private final String className;

    ClassNode(UniqueId parent, String className) {
        super(parent.append(SEGMENT, className), displayName(className), ClassSource.from(className));
        this.className = className;
    }

    String className() {
        return className;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** {@code Payment}, {@code Outer.Inner}: what Jupiter shows for a test class. */
    private static String displayName(String className) {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }
}
