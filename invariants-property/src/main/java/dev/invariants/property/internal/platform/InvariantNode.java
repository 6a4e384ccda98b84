package dev.invariants.property.internal.platform;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Member;
import dev.invariants.property.internal.subject.Names;
import java.util.List;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
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

    /**
     * A constructor or type invariant has no method to link to: its class, wrapped in a composite. A test whose
     * source is a bare {@link ClassSource} gets no test name in Surefire's XML and console ({@code <testcase
     * name="">}), which reads class sources as containers; a composite of that class source keeps the IDE's link
     * and lets Surefire name the test by its display name, as it names a method invariant's test.
     */
    private static TestSource source(InvariantDefinition definition) {
        Member member = definition.member();
        if (member == null || member.isConstructor()) {
            return CompositeTestSource.from(List.of(ClassSource.from(definition.owner())));
        }
        return MethodSource.from(definition.owner(), member.name(), String.join(",", member.parameterTypes()));
    }
}
