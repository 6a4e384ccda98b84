package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.assertions.CaughtExpectations;
import dev.invariants.junit.internal.ledger.Boundaries;
import dev.invariants.junit.internal.ledger.Ledger;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.ledger.Tally;
import dev.invariants.junit.internal.model.Comparisons;
import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.internal.scan.DeclaredSet;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.report.BoundaryEvidence;
import dev.invariants.report.Comparison;
import dev.invariants.report.Counts;
import dev.invariants.report.Generated;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Violation;
import dev.invariants.report.internal.merge.Merge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a closed ledger and the declared set into this JVM's part of the report. */
final class ReportAssembler {

    private ReportAssembler() {}

    static Report assemble(String build, DeclaredSet declared, List<InvariantDefinition> registered, Ledger ledger) {
        return assemble(build, declared, registered, ledger, Map.of());
    }

    /** With {@code unreached}: definition errors no call reported, by {@code owner#id} ({@link DefinitionSweep}). */
    static Report assemble(String build, DeclaredSet declared, List<InvariantDefinition> registered, Ledger ledger,
            Map<String, String> unreached) {
        Map<String, InvariantDefinition> definitions = new LinkedHashMap<>();
        declared.definitions().forEach(d -> definitions.putIfAbsent(key(d), d));
        // The runtime may evaluate invariants of classes outside the scan (another jar): they are declared too.
        // Only those this session evaluated: the registry is per JVM and outlives sessions.
        Set<Integer> evaluated = evaluatedIndexes(ledger);
        for (int index = 0; index < registered.size(); index++) {
            if (evaluated.contains(index)) {
                definitions.putIfAbsent(key(registered.get(index)), registered.get(index));
            }
        }
        Map<String, Set<String>> problems = new LinkedHashMap<>();
        for (DefinitionProblem problem : declared.problems()) {
            problems.computeIfAbsent(key(problem.definition()), k -> new LinkedHashSet<>()).add(problem.message());
        }
        Map<String, Generated> generated = new LinkedHashMap<>();
        ledger.generated().forEach((index, run) -> generated.merge(key(registered.get(index)), run, Generated::plus));
        ledger.brokenReasons().forEach((index, reason) -> problems
                .computeIfAbsent(key(registered.get(index)), k -> new LinkedHashSet<>()).add(reason));
        unreached.forEach((key, problem) -> problems.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(problem));
        Map<String, Map<Integer, BoundaryEvidence.Observation>> closest = closest(registered, ledger);
        Map<String, dev.invariants.report.Combinations> combinations = PairsReport.of(registered, ledger);
        List<ReportInvariant> invariants = new ArrayList<>();
        for (Map.Entry<String, InvariantDefinition> entry : definitions.entrySet()) {
            InvariantDefinition d = entry.getValue();
            invariants.add(new ReportInvariant(d.id(), d.kind().reportName(), d.owner(), d.memberSignature(), d.source(),
                    d.pre(), d.post(), d.raises(), d.description(), Counts.ZERO,
                    List.copyOf(problems.getOrDefault(entry.getKey(), Set.of())),
                    boundaries(d, closest.getOrDefault(entry.getKey(), Map.of())), generated.get(entry.getKey()),
                    combinations(combinations.get(entry.getKey()))));
        }
        List<ReportTest> tests = new ArrayList<>();
        List<ReportTest> containers = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (Tally target : ledger.targets()) {
            violations(target, target.uniqueId(), registered, violations);
            Map<String, Counts> evaluations = evaluations(target, registered);
            if (target.type() == Tally.Type.TEST && target.status() != null) {
                tests.add(test(target, evaluations));
            } else if (target.type() == Tally.Type.CONTAINER && (!evaluations.isEmpty() || !target.mocked().isEmpty())) {
                // a mock made in class set-up (a Spring context's @MockitoBean) stood in for the class's tests
                containers.add(test(target, evaluations));
            }
        }
        violations(ledger.unattributedTarget(), null, registered, violations);
        Report report = new Report(build, Recorder.assertionsCounted(), 1, invariants, tests, containers,
                evaluations(ledger.unattributedTarget(), registered), List.of(), violations);
        return Merge.withTotals(report);
    }

    private static void violations(Tally target, String id, List<InvariantDefinition> registered, List<Violation> into) {
        target.violations().forEach((index, message) -> {
            if (index < registered.size()) {
                into.add(new Violation(registered.get(index).id(), id, message));
            }
        });
    }

    private static ReportTest test(Tally target, Map<String, Counts> evaluations) {
        long assertions = target.assertions();
        // try { parse(bad); fail(); } catch (Expected e) {}: passed with none counted, so the catch skipped the
        // fail(); the caught exception is the test's one assertion, as assertThrows would be.
        if (assertions == 0 && "SUCCESSFUL".equals(target.status()) && Recorder.assertionsCounted()
                && CaughtExpectations.guardAnAssertion(target.method())) {
            assertions = 1;
        }
        return new ReportTest(target.uniqueId(), target.className(), target.name(), target.displayName(),
                target.status() == null ? "ABORTED" : target.status(), assertions, target.notNullAssertions(),
                evaluations, target.mocked(), target.claims(), target.generated());
    }

    /** Per invariant key, per comparison index, the closest observation any thread recorded. */
    private static Map<String, Map<Integer, BoundaryEvidence.Observation>> closest(List<InvariantDefinition> registered,
            Ledger ledger) {
        Map<String, Map<Integer, BoundaryEvidence.Observation>> result = new LinkedHashMap<>();
        for (Boundaries.Closest c : ledger.boundaries()) {
            if (c.invariant() < registered.size()) {
                String test = c.target().type() == Tally.Type.UNATTRIBUTED ? null : c.target().uniqueId();
                result.computeIfAbsent(key(registered.get(c.invariant())), k -> new LinkedHashMap<>())
                        .put(c.comparison(), new BoundaryEvidence.Observation(c.left(), c.right(), test));
            }
        }
        return result;
    }

    /** Only what held at least once: pairs seen only with {@code pre} false measure nothing of the written suite. */
    private static dev.invariants.report.Combinations combinations(dev.invariants.report.Combinations measured) {
        return measured == null || measured.tried().isEmpty() ? null : measured;
    }

    private static List<BoundaryEvidence> boundaries(InvariantDefinition definition,
            Map<Integer, BoundaryEvidence.Observation> observed) {
        List<Comparison> comparisons = Comparisons.of(definition.post());
        List<BoundaryEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            evidence.add(new BoundaryEvidence(i, comparisons.get(i), observed.get(i)));
        }
        return evidence;
    }

    private static Map<String, Counts> evaluations(Tally target, List<InvariantDefinition> registered) {
        Map<String, Counts> evaluations = new LinkedHashMap<>();
        target.counts().forEach((index, byOutcome) -> {
            if (index < registered.size()) {
                evaluations.merge(registered.get(index).id(), Counts.of(byOutcome), Counts::plus);
            }
        });
        return evaluations;
    }

    private static Set<Integer> evaluatedIndexes(Ledger ledger) {
        Set<Integer> evaluated = new HashSet<>(ledger.brokenReasons().keySet());
        evaluated.addAll(ledger.generated().keySet());
        ledger.targets().forEach(target -> evaluated.addAll(target.counts().keySet()));
        evaluated.addAll(ledger.unattributedTarget().counts().keySet());
        return evaluated;
    }

    static String key(InvariantDefinition definition) {
        return InvariantRegistry.key(definition);
    }
}
