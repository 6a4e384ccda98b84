package dev.invariants.property.internal.target;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How members and instances are named in display names and counterexamples. */
public final class Names {

    private Names() {
    }

    static String variable(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
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
