package dev.invariants.report;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signals derived from a report: which invariants were exercised only on the happy path, never
 * near their edge, or left unchecked because tests mocked their type; which tests claim invariants
 * they never checked. Derived, never stored, so merged reports cannot disagree with them.
 */
public final class Signals {

    /**
     * What signals look up by id, indexed once per report: the writers ask for every invariant's
     * signals, several times, and a scan of every test per question made the report quadratic
     * (3,000 tests x 1,690 invariants: most of a second of the session's close).
     */
    private record Lookups(WeakReference<Report> report, Map<String, String> labels,
            Map<String, List<ReportTest>> mockers, Set<String> declaredIds, Map<String, Counts> written) {

        static Lookups of(Report report) {
            Map<String, String> labels = new HashMap<>();
            Map<String, List<ReportTest>> mockers = new HashMap<>();
            // The written suite's own counts: null when no generated test ran (then they are the invariants' totals).
            Map<String, Counts> written = report.tests().stream().anyMatch(ReportTest::generated) ? new HashMap<>() : null;
            if (written != null) {
                report.unattributed().forEach((id, c) -> written.merge(id, c, Counts::plus));
            }
            for (List<ReportTest> group : List.of(report.tests(), report.containers())) {
                for (ReportTest test : group) {
                    if (written != null && !test.generated()) {
                        test.evaluations().forEach((id, c) -> written.merge(id, c, Counts::plus));
                    }
                    labels.putIfAbsent(test.id(), test.label());
                    // a mock made in class set-up (a Spring context's @MockitoBean) stood in for the class's tests
                    List<ReportTest> standing = group == report.tests() || test.mocked().isEmpty() ? List.of(test)
                            : testsOf(report, test);
                    for (String owner : new LinkedHashSet<>(test.mocked())) {
                        List<ReportTest> list = mockers.computeIfAbsent(owner, k -> new ArrayList<>());
                        standing.stream().filter(t -> !list.contains(t)).forEach(list::add);
                    }
                }
            }
            Set<String> ids = new LinkedHashSet<>();
            report.invariants().forEach(i -> ids.add(i.id()));
            return new Lookups(new WeakReference<>(report), labels, mockers, ids, written);
        }
    }

    /** The tests inside a container, or the container itself when it holds none. */
    private static List<ReportTest> testsOf(Report report, ReportTest container) {
        String prefix = container.id() + "/";
        List<ReportTest> inside = report.tests().stream().filter(t -> t.id().startsWith(prefix)).toList();
        return inside.isEmpty() ? List.of(container) : inside;
    }

    // One report at a time is written; reports are immutable, so the index of the last one asked about
    // stays right. Held weakly: a closed session's report is not kept alive by its index.
    private static volatile Lookups last;

    private Signals() {}

    private static Lookups lookups(Report report) {
        Lookups known = last;
        if (known == null || known.report().get() != report) {
            known = Lookups.of(report);
            last = known;
        }
        return known;
    }

    /**
     * The signals of one invariant, in a fixed order. Those about the written suite (happy path only, far from the
     * boundary, mocked away) are computed over what written tests (and set-up) did: generated property tests would
     * otherwise hide what the suite people wrote never tries.
     */
    public static List<Signal> of(Report report, ReportInvariant invariant) {
        List<Signal> signals = new ArrayList<>();
        happyPath(invariant, writtenCounts(report, invariant)).ifPresent(signals::add);
        farFromBoundary(report, invariant).ifPresent(signals::add);
        if (invariant.generated() != null && invariant.generated().couldNotBeFalsified()) {
            signals.add(new Signal(Signal.COULD_NOT_BE_FALSIFIED, "[" + invariant.post().strip() + "] held for every value "
                    + "the generated tests substituted into it: it may check nothing; state what the result must be"));
        }
        untriedCombination(report, invariant).ifPresent(signals::add);
        List<ReportTest> mocking = mockedIn(report, invariant);
        if (!mocking.isEmpty()) {
            signals.add(new Signal(Signal.MOCKED_AWAY, "mocked in " + String.join(", ",
                    mocking.stream().map(ReportTest::label).toList())));
        }
        return signals;
    }

    /**
     * The tests and containers that mocked or spied the invariant's declaring type (or a subtype of it),
     * while the invariant stayed unchecked in the whole run; empty for a checked one.
     */
    public static List<ReportTest> mockedIn(Report report, ReportInvariant invariant) {
        if (writtenStatus(report, invariant) != Status.UNCHECKED) {
            return List.of();
        }
        return lookups(report).mockers().getOrDefault(invariant.owner(), List.of());
    }

    /** The ids of the tests that claim the invariant with {@code @Verifies}. */
    public static List<String> claimedBy(Report report, ReportInvariant invariant) {
        return report.tests().stream().filter(t -> t.claims().contains(invariant.id())).map(ReportTest::id).toList();
    }

    /** Claimed ids that name a declared invariant the test never checked. */
    public static List<String> unverifiedClaims(Report report, ReportTest test) {
        if (test.claims().isEmpty()) {
            return List.of();
        }
        Set<String> declared = declaredIds(report);
        List<String> checked = test.invariants();
        return test.claims().stream().filter(declared::contains).filter(id -> !checked.contains(id)).toList();
    }

    /** Claimed ids that name no declared invariant: a definition error. */
    public static List<String> unknownClaims(Report report, ReportTest test) {
        if (test.claims().isEmpty()) {
            return List.of();
        }
        Set<String> declared = declaredIds(report);
        return test.claims().stream().filter(id -> !declared.contains(id)).toList();
    }

    /** The message for an unknown claimed id, naming the test and the id. */
    public static String unknownClaimMessage(ReportTest test, String id) {
        return "@Verifies on " + (test.className() == null ? "" : test.className() + ".") + test.name()
                + ": no declared invariant has the id [" + id + "]";
    }

    private static Set<String> declaredIds(Report report) {
        return lookups(report).declaredIds();
    }

    /** What the written tests, set-up and unattributed evaluations did with the invariant: all but generated tests. */
    private static Counts writtenCounts(Report report, ReportInvariant invariant) {
        Map<String, Counts> written = lookups(report).written();
        return written == null ? invariant.counts() : written.getOrDefault(invariant.id(), Counts.ZERO);
    }

    /** The invariant's status as the written suite alone would have it. */
    private static Status writtenStatus(Report report, ReportInvariant invariant) {
        return lookups(report).written() == null ? invariant.status()
                : Status.of(writtenCounts(report, invariant), !invariant.problems().isEmpty());
    }

    private static java.util.Optional<Signal> happyPath(ReportInvariant invariant, Counts counts) {
        Status status = Status.of(counts, !invariant.problems().isEmpty());
        boolean raisesOnly = invariant.post().isBlank() && !invariant.raises().isEmpty();
        if (raisesOnly && status == Status.UNCHECKED && counts.preFailed() > 0 && invariant.hasGuard()) {
            return java.util.Optional.of(new Signal(Signal.HAPPY_PATH_ONLY, "the declared exception ["
                    + String.join(", ", simpleNames(invariant.raises())) + "] was never observed: all "
                    + counts.preFailed() + " calls had [" + invariant.pre().strip() + "] false"));
        }
        if (!raisesOnly && status == Status.CHECKED && invariant.hasGuard() && counts.preFailed() == 0) {
            return java.util.Optional.of(new Signal(Signal.HAPPY_PATH_ONLY, "never called with [" + invariant.pre().strip()
                    + "] false: the invalid-input path was not exercised"));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Signal> farFromBoundary(Report report, ReportInvariant invariant) {
        if (writtenStatus(report, invariant) != Status.CHECKED) {
            return java.util.Optional.empty();
        }
        List<String> far = new ArrayList<>();
        for (BoundaryEvidence evidence : invariant.boundaries()) {
            if (evidence.closest() != null && !evidence.near()) {
                BoundaryEvidence.Observation o = evidence.closest();
                String where = o.test() == null ? "" : " in " + label(report, o.test());
                far.add("[" + evidence.comparison().text() + "] closest slack " + number(evidence.slack()) + " ("
                        + side(evidence.comparison().left(), o.left()) + " vs "
                        + side(evidence.comparison().right(), o.right()) + ")" + where);
            }
        }
        return far.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Signal(Signal.FAR_FROM_BOUNDARY, "never near its edge: " + String.join("; ", far)));
    }

    /** At most this many missing pairs are named in the signal's message; all of them are in the report. */
    static final int PAIRS_NAMED = 3;

    private static java.util.Optional<Signal> untriedCombination(Report report, ReportInvariant invariant) {
        Combinations combinations = invariant.combinations();
        if (combinations == null || writtenStatus(report, invariant) != Status.CHECKED) {
            return java.util.Optional.empty();
        }
        List<Combinations.Pair> missing = combinations.missingMostTellingFirst();
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> named = missing.stream().limit(PAIRS_NAMED).map(Combinations.Pair::text).toList();
        String more = missing.size() > PAIRS_NAMED ? "; and " + (missing.size() - PAIRS_NAMED) + " more" : "";
        String guard = invariant.hasGuard() ? " with [" + invariant.pre().strip() + "] held" : "";
        return java.util.Optional.of(new Signal(Signal.UNTRIED_COMBINATION, combinations.covered() + " of "
                + combinations.possible() + " pairs of inputs tried together" + guard + "; never tried: "
                + String.join("; ", named) + more));
    }

    /** {@code CAP = 250}, or just {@code 0} when the side is that literal. */
    private static String side(String expression, double value) {
        String shown = number(value);
        return expression.equals(shown) ? shown : expression + " = " + shown;
    }

    static String label(Report report, String id) {
        return lookups(report).labels().getOrDefault(id, id);
    }

    /**
     * {@code 2.5}, {@code 250}, {@code 0.001}, {@code 0.34}: as people read numbers. Twelve significant digits:
     * a slack of {@code 1.0 - 0.66} is {@code 0.34}, not the binary noise {@code 0.33999999999999997}.
     */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(12, java.math.RoundingMode.HALF_EVEN))
                .stripTrailingZeros().toPlainString();
    }

    private static List<String> simpleNames(List<String> types) {
        return types.stream().map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
    }
}
