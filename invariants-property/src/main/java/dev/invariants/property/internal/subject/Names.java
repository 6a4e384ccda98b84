package dev.invariants.property.internal.subject;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** How members and instances are named in display names and counterexamples. */
public final class Names {

    private Names() {
    }

    static String variable(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The display name of a generated test: {@code refund-within-remaining · refund(BigDecimal)}, or for a type
     * invariant ({@code member} null) {@code balance-non-negative · call sequences}.
     */
    public static String test(String id, String member) {
        return id + " · " + (member == null ? "call sequences" : member);
    }

    /**
     * {@link #member(Executable)} from a class file's names, without loading anything: {@code owner} is the
     * binary name of the declaring class, {@code parameterTypes} as {@link Class#getTypeName()} spells them.
     */
    public static String member(String owner, String name, List<String> parameterTypes) {
        String parameters = parameterTypes.stream().map(Names::simple).collect(Collectors.joining(", ", "(", ")"));
        return "<init>".equals(name) ? "new " + simple(owner) + parameters : name + parameters;
    }

    /** {@code java.util.Map$Entry[]} as {@link Class#getSimpleName()} spells it: {@code Entry[]}. */
    public static String simple(String typeName) {
        String last = typeName.substring(typeName.lastIndexOf('.') + 1);
        return last.substring(last.lastIndexOf('$') + 1);
    }

    /** {@code calculateFee(BigDecimal, Tier)}, {@code new Payment(BigDecimal)}. */
    public static String member(Executable member) {
        String parameters = Arrays.stream(member.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
        return member instanceof Constructor<?> ? "new " + member.getDeclaringClass().getSimpleName() + parameters
                : member.getName() + parameters;
    }

    /**
     * The JVM-style name IDEs link: {@code com.acme.FeeCalculator.calculateFee}, {@code com.acme.Payment.<init>};
     * a type invariant points at the constructor, as the runtime's messages do.
     */
    public static String qualified(Class<?> owner, Executable member) {
        if (member == null) {
            return owner.getName() + ".<init>";
        }
        return owner.getName() + "." + (member instanceof Constructor<?> ? "<init>" : member.getName());
    }
}
