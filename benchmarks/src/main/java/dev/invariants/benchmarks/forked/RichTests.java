package dev.invariants.benchmarks.forked;

/**
 * The test sources of {@link RichSuiteGenerator}: ordinary unit tests, a few calls and assertions each,
 * one in five with a 20-call loop, as in the 100-class suite. Any {@link #CASES} consecutive tests of a
 * class check every invariant of it (the harnesses require all of them checked).
 */
final class RichTests {

    /** The distinct test bodies per kind; a class needs at least this many tests. */
    static final int CASES = 5;

    private RichTests() {}

    static String testClass(String pkg, String name, int tests) {
        StringBuilder body = new StringBuilder();
        for (int t = 1; t <= tests; t++) {
            int amount = 1 + t * 7 % 900;
            String test = name.startsWith("Invoice") ? invoice(name, t % CASES, amount)
                    : name.startsWith("Tally") ? tally(name, t % CASES, amount)
                    : gauge(name, t % CASES, amount);
            body.append("    @Test\n    void case").append(t).append("() {\n").append(test).append("    }\n\n");
        }
        return """
                package %1$s;

                import static org.junit.jupiter.api.Assertions.assertEquals;
                import static org.junit.jupiter.api.Assertions.assertThrows;
                import static org.junit.jupiter.api.Assertions.assertTrue;

                import java.util.List;
                import java.util.Optional;
                import org.junit.jupiter.api.Test;

                class %2$sTests {

                %3$s}
                """.formatted(pkg, name, body);
    }

    private static String invoice(String name, int kind, int amount) {
        return switch (kind) {
            case 0 -> """
                        %1$s invoice = new %1$s();
                        invoice.add("a", %2$d, 2);
                        invoice.add("b", 3, 1);
                        assertEquals(%3$dL, invoice.total());
                        assertEquals(List.of("a", "b"), invoice.skus());
                    """.formatted(name, amount, 2L * amount + 3);
            case 1 -> """
                        %1$s invoice = new %1$s();
                        invoice.add("a", %2$d, 3);
                        invoice.discount(%3$d);
                        assertEquals(%4$dL, invoice.total());
                    """.formatted(name, amount, amount / 2 + 1, 3L * amount - (amount / 2 + 1));
            case 2 -> """
                        %1$s invoice = new %1$s();
                        assertThrows(IllegalArgumentException.class, () -> invoice.add("x", 0, 1));
                        assertThrows(IllegalArgumentException.class, () -> invoice.add("x", %2$d, -1));
                        assertEquals(0L, invoice.total());
                    """.formatted(name, amount);
            case 3 -> """
                        %1$s invoice = new %1$s();
                        for (int i = 1; i <= 20; i++) {
                            invoice.add("s" + i, i, 1);
                        }
                        assertEquals(210L, invoice.total());
                        assertEquals(20, invoice.skus().size());
                    """.formatted(name);
            default -> """
                        %1$s invoice = new %1$s();
                        invoice.add("a", %2$d, 1);
                        invoice.discount(%2$d);
                        assertEquals(0L, invoice.total());
                    """.formatted(name, amount);
        };
    }

    private static String tally(String name, int kind, int amount) {
        return switch (kind) {
            case 0 -> """
                        %1$s tally = new %1$s();
                        tally.count("a");
                        assertEquals(2, tally.count("a"));
                        tally.count("b");
                        assertEquals(Optional.of("a"), tally.top());
                    """.formatted(name);
            case 1 -> """
                        %1$s tally = new %1$s();
                        tally.countAll(List.of("x", "y", "x"));
                        assertEquals(2, tally.forget("x"));
                        assertEquals(Optional.of("y"), tally.top());
                    """.formatted(name);
            case 2 -> """
                        %1$s tally = new %1$s();
                        assertThrows(IllegalArgumentException.class, () -> tally.count(""));
                        assertEquals(Optional.empty(), tally.top());
                    """.formatted(name);
            case 3 -> """
                        %1$s tally = new %1$s();
                        for (int i = 0; i < 20; i++) {
                            tally.count("k" + i %% 4);
                        }
                        assertEquals(5, tally.forget("k1"));
                        assertTrue(tally.top().isPresent());
                    """.formatted(name);
            default -> """
                        %1$s tally = new %1$s();
                        assertEquals(1, tally.count("k%2$d"));
                        assertEquals(1, tally.forget("k%2$d"));
                        assertEquals(Optional.empty(), tally.top());
                    """.formatted(name, amount);
        };
    }

    private static String gauge(String name, int kind, int amount) {
        return switch (kind) {
            case 0 -> """
                        Meter meter = new %1$s();
                        meter.sample(%2$d);
                        meter.sample(3);
                        assertEquals(%3$dL, meter.reading());
                        assertEquals(List.of(%2$dL, 3L), meter.samples());
                    """.formatted(name, amount, amount + 3L);
            case 1 -> """
                        %1$s gauge = new %1$s();
                        gauge.sample(%2$d);
                        assertEquals(%2$dL, gauge.reset());
                        assertEquals(0L, gauge.reading());
                    """.formatted(name, amount);
            case 2 -> """
                        %1$s gauge = new %1$s();
                        assertThrows(IllegalArgumentException.class, () -> gauge.sample(-%2$d));
                        assertEquals(0, gauge.samples().size());
                    """.formatted(name, amount);
            case 3 -> """
                        %1$s gauge = new %1$s();
                        %1$s other = new %1$s();
                        for (int i = 1; i <= 20; i++) {
                            gauge.sample(i);
                            other.sample(i);
                        }
                        gauge.merge(other);
                        assertEquals(420L, gauge.reading());
                        assertEquals(210L, other.reading());
                    """.formatted(name);
            default -> """
                        Meter meter = new %1$s();
                        for (int i = 0; i < 5; i++) {
                            meter.sample(2);
                        }
                        assertEquals(10L, meter.reading());
                        assertEquals(5, meter.samples().size());
                    """.formatted(name);
        };
    }
}
