package dev.invariants.property.internal.platform;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Member;
import dev.invariants.property.internal.subject.Names;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * The generated test of one invariant, named as {@code InvariantProperties.of(...)} names it, from the class
 * file's names alone. A method invariant links to its method; a constructor or type invariant to its class.
 */
final class InvariantNode extends AbstractTestDescriptor {
    static final String SEGMENT = "invariant";

    private final String invariantId;

    InvariantNode(UniqueId parent, InvariantDefinition definition) {
        super(parent.append(SEGMENT, definition.id()), name(definition), source(definition));
        this.invariantId = definition.id();
    }

    String invariantId() {
        return invariantId;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    private static String name(InvariantDefinition definition) {
        Member member = definition.member();
        return Names.test(definition.id(), member == null ? null
                : Names.member(definition.owner(), member.name(), member.parameterTypes()));
    }

    private static TestSource source(InvariantDefinition definition) {
        Member member = definition.member();
        if (member == null || member.isConstructor()) {
            return ClassSource.from(definition.owner());
        }
        return MethodSource.from(definition.owner(), member.name(), String.join(",", member.parameterTypes()));
    }
}
