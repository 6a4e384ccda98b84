package dev.invariants.property.spi;

import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One call the engine is about to make on the code under test.
 *
 * @param member the method or constructor called
 * @param receiver the instance a method is called on; {@code null} for constructors and static methods
 * @param arguments the generated arguments, in parameter order (may contain {@code null})
 */
public record Call(Executable member, Object receiver, List<Object> arguments) {

    /**
     * Checks the member and copies the arguments.
     *
     * @param member the member
     * @param receiver the receiver or {@code null}
     * @param arguments the arguments
     */
    public Call {
        Objects.requireNonNull(member, "member");
        arguments = java.util.Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }
}
