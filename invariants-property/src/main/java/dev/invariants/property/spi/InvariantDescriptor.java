package dev.invariants.property.spi;

import java.lang.reflect.Executable;
import java.util.List;
import java.util.Objects;

/**
 * One declared invariant as the engine needs it: where it is and what it says.
 *
 * @param id the invariant id (explicit or default, as the runtime reports it)
 * @param owner the class that declares the invariant
 * @param member the method or constructor it governs; {@code null} for a type invariant
 * @param pre the guard expression ({@code "true"} when none)
 * @param post the postcondition, or an empty string
 * @param raises the exceptions a call with {@code pre} held must throw
 * @param source {@code File.java:line} of the member, or {@code File.java} when the line is unknown
 * @param parameterNames the source names of the member's parameters, in order (empty for a type)
 */
public record InvariantDescriptor(String id, Class<?> owner, Executable member, String pre, String post,
        List<Class<? extends Throwable>> raises, String source, List<String> parameterNames) {

    /**
     * Checks the components and copies the lists.
     *
     * @param id the invariant id
     * @param owner the declaring class
     * @param member the member, or {@code null} for a type invariant
     * @param pre the guard
     * @param post the postcondition
     * @param raises the expected exceptions
     * @param source the source location
     * @param parameterNames the parameter names
     */
    public InvariantDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        pre = pre == null || pre.isBlank() ? "true" : pre;
        post = post == null ? "" : post;
        raises = List.copyOf(raises);
        Objects.requireNonNull(source, "source");
        parameterNames = List.copyOf(parameterNames);
    }

    /**
     * Whether this is a type invariant (checked after every public call on an instance).
     *
     * @return {@code true} when {@link #member()} is {@code null}
     */
    public boolean isTypeInvariant() {
        return member == null;
    }
}
