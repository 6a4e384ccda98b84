package dev.invariants.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One test (or a container, for evaluations during class set-up) and what it evaluated.
 *
 * @param id                the JUnit Platform unique id
 * @param className         the test class, {@code null} when the engine gives none
 * @param name              the name build tools show ({@code capsPremiumFees()}, {@code [1] amount=5})
 * @param displayName       the display name
 * @param status            {@code SUCCESSFUL}, {@code FAILED} or {@code ABORTED}
 * @param assertions        assertion calls counted in the test (0 while assertions are not counted)
 * @param notNullAssertions of those, the calls that only checked a value was not {@code null}
 * @param evaluations       per invariant id, what the test's evaluations of it came to
 * @param mocked            binary names of the types it mocked or spied (with their supertypes outside the JDK)
 * @param claims            the invariant ids it claims to verify ({@code @Verifies})
 * @param generated         a property test generated from the invariants ({@code invariants-property}), not one
 *                          a person wrote: its checks count apart, and the written suite's signals leave it out
 */
public record ReportTest(String id, String className, String name, String displayName, String status,
        long assertions, long notNullAssertions, Map<String, Counts> evaluations, List<String> mocked,
        List<String> claims, boolean generated) {

    public ReportTest {
        evaluations = Map.copyOf(evaluations);
        mocked = List.copyOf(mocked);
        claims = List.copyOf(claims);
    }

    /** A written test (not generated). */
    public ReportTest(String id, String className, String name, String displayName, String status,
            long assertions, long notNullAssertions, Map<String, Counts> evaluations, List<String> mocked,
            List<String> claims) {
        this(id, className, name, displayName, status, assertions, notNullAssertions, evaluations, mocked, claims, false);
    }

    /** A test with evaluations only: no assertion counts, mocks or claims. */
    public ReportTest(String id, String className, String name, String displayName, String status, long assertions,
            Map<String, Counts> evaluations) {
        this(id, className, name, displayName, status, assertions, 0, evaluations, List.of(), List.of());
    }

    /** The ids of the invariants this test checked (evaluated with {@code pre} held, passed or violated), sorted. */
    public List<String> invariants() {
        return new TreeMap<>(evaluations).entrySet().stream().filter(e -> e.getValue().checks() > 0)
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Finished successfully with zero assertions and zero invariants checked; only known when assertions are
     * counted, and only of written tests (a generated test asserts through the invariants themselves).
     */
    public boolean vacuous(boolean assertionsCounted) {
        return assertionsCounted && !generated && "SUCCESSFUL".equals(status) && assertions == 0 && invariants().isEmpty();
    }

    /** Finished successfully, checked no invariant, and every assertion it made only checked for non-null. */
    public boolean notNullOnly(boolean assertionsCounted) {
        return assertionsCounted && !generated && "SUCCESSFUL".equals(status) && assertions > 0 && notNullAssertions >= assertions
                && invariants().isEmpty();
    }

    /** How often this test checked the invariant. */
    public long checks(String invariantId) {
        Counts counts = evaluations.get(invariantId);
        return counts == null ? 0 : counts.checks();
    }

    /** {@code FeeTests.capsFees()}, or {@code FeeTests} for a class container: how messages name the test. */
    public String label() {
        if (className == null) {
            return name;
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        // a class container's name is the class's own name: say it once
        return name.equals(className) ? simple : simple + "." + name;
    }
}
