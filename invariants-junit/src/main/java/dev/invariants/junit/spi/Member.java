package dev.invariants.junit.spi;

import java.util.List;

/**
 * A method or constructor as the class file declares it.
 *
 * @param name            {@code <init>} for a constructor
 * @param descriptor      the JVM descriptor, e.g. {@code (Ljava/math/BigDecimal;)Ljava/math/BigDecimal;}
 * @param access          the JVM access flags
 * @param parameterTypes  Java type names as {@link Class#getTypeName()} spells them
 * @param parameterNames  source names from {@code MethodParameters} or the local variable table, or
 *                        {@code null} when the class was compiled without either
 * @param firstLine       the first line number of the body, 0 when the class has no line numbers
 */
public record Member(String name, String descriptor, int access, List<String> parameterTypes,
        List<String> parameterNames, int firstLine) {

    public Member {
        parameterTypes = List.copyOf(parameterTypes);
        parameterNames = parameterNames == null ? null : List.copyOf(parameterNames);
    }

    public boolean isConstructor() {
        return "<init>".equals(name);
    }

    public boolean isStatic() {
        return (access & 0x0008) != 0;
    }

    /** {@code calculateFee(java.math.BigDecimal,com.acme.Tier)}, the form reports use. */
    public String signature() {
        return name + "(" + String.join(",", parameterTypes) + ")";
    }
}
