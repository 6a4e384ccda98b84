package dev.invariants.junit.internal.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One test (or a container, for evaluations during class set-up) and what it evaluated.
 *
 * @param id          the JUnit Platform unique id
 * @param className   the test class, {@code null} when the engine gives none
 * @param name        the name build tools show ({@code capsPremiumFees()}, {@code [1] amount=5})
 * @param displayName the display name
 * @param status      {@code SUCCESSFUL}, {@code FAILED} or {@code ABORTED}
 * @param assertions  assertion calls counted in the test (0 while assertions are not counted)
 * @param evaluations per invariant id, what the test's evaluations of it came to
 */
public record ReportTest(String id, String className, String name, String displayName, String status,
        long assertions, Map<String, Counts> evaluations) {

    public ReportTest {
        evaluations = Map.copyOf(evaluations);
    }

    /** The ids of the invariants this test checked (evaluated with {@code pre} held, passed or violated), sorted. */
    public List<String> invariants() {
        return new TreeMap<>(evaluations).entrySet().stream().filter(e -> e.getValue().checks() > 0)
                .map(Map.Entry::getKey).toList();
    }

    /** Finished successfully with zero assertions and zero invariants checked; only known when assertions are counted. */
    public boolean vacuous(boolean assertionsCounted) {
        return assertionsCounted && "SUCCESSFUL".equals(status) && assertions == 0 && invariants().isEmpty();
    }

    /** How often this test checked the invariant. */
    public long checks(String invariantId) {
        Counts counts = evaluations.get(invariantId);
        return counts == null ? 0 : counts.checks();
    }
}
