package dev.invariants.junit.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.runtime.CheckSupport;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generated code names the runtime only through {@link Convention}'s strings: they must match the class. */
class ConventionTests {

    @Test
    @DisplayName("should name CheckSupport and the violation type by their real internal names")
    void owners() {
        assertThat(Convention.SUPPORT).isEqualTo(Type.getInternalName(CheckSupport.class));
        assertThat(Convention.VIOLATION).isEqualTo(Type.getInternalName(InvariantViolationError.class));
    }

    @Test
    @DisplayName("should list exactly the public static methods of CheckSupport, each with its descriptor")
    void everyEntryPoint() {
        List<String> declared = Arrays.stream(CheckSupport.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .map(m -> m.getName() + Type.getMethodDescriptor(m)).toList();
        List<String> listed = Convention.ALL.stream().map(c -> c.name() + c.descriptor()).toList();
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    @DisplayName("should keep the two state bits clear of the invariants' bits")
    void bits() {
        long invariants = (1L << Convention.MAX_INVARIANTS) - 1;
        assertThat(invariants & Convention.OLD_BIT).isZero();
        assertThat(invariants & Convention.TYPE_BIT).isZero();
        assertThat(Convention.OLD_BIT & Convention.TYPE_BIT).isZero();
        assertThat(Convention.TYPE_BIT).isPositive();
    }

    @Test
    @DisplayName("should not let the expression compiler import the runtime or the ledger")
    void noImportCycle() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java/dev/invariants/junit/internal/expr");
        try (var files = java.nio.file.Files.walk(root)) {
            List<String> offending = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String text = java.nio.file.Files.readString(p);
                    return text.contains("import dev.invariants.junit.internal.runtime.")
                            || text.contains("import dev.invariants.junit.internal.ledger.");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Object::toString).toList();
            assertThat(offending).isEmpty();
        }
    }
}
