package dev.invariants.junit.internal.expr.differential;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Compiles every case with both sides and evaluates what both compile on {@link Inputs#COUNT} tuples,
 * recording each disagreement: one side rejects what the other compiles, or an evaluation gives a
 * different value or exception.
 */
final class DifferentialRun {

    private DifferentialRun() {}

    static Findings run(List<Case> cases, Side reference, Side candidate) {
        Findings findings = new Findings();
        long start = System.nanoTime();
        Map<Case, Compiled> expected = reference.compile(cases);
        long compiled = System.nanoTime();
        Map<Case, Compiled> actual = candidate.compile(cases);
        long evaluating = System.nanoTime();
        findings.referenceMillis = (compiled - start) / 1_000_000;
        findings.candidateMillis = (evaluating - compiled) / 1_000_000;
        for (Case each : cases) {
            findings.expressions++;
            int before = findings.disagreements.size();
            compare(each, expected.get(each), actual.get(each), reference, candidate, findings);
            int[] section = findings.sections.computeIfAbsent(each.section(), s -> new int[2]);
            section[0]++;
            if (findings.disagreements.size() == before) {
                section[1]++;
            }
        }
        findings.evaluationMillis = (System.nanoTime() - evaluating) / 1_000_000;
        return findings;
    }

    private static void compare(Case each, Compiled expected, Compiled actual, Side reference, Side candidate,
            Findings findings) {
        if (each.outside()) {
            if (actual.rejection() != null) {
                findings.outsideRejected++;
            } else {
                findings.disagreements.add(new Findings.Disagreement(each, null, expected + " (outside the invariant"
                        + " language: ours must reject it)", actual.toString()));
            }
            return;
        }
        if (expected.handle() == null || actual.handle() == null) {
            if (expected.rejection() != null && actual.rejection() != null) {
                findings.rejectedByBoth++;
            } else {
                findings.disagreements.add(new Findings.Disagreement(each, null, expected.toString(), actual.toString()));
            }
            return;
        }
        findings.evaluatedExpressions++;
        Method context = Contexts.method(each.context());
        for (int index = 0; index < Inputs.COUNT; index++) {
            Outcome want = expected.evaluate(Inputs.tuple(context, index, reference.purse()));
            Outcome got = actual.evaluate(Inputs.tuple(context, index, candidate.purse()));
            findings.evaluations++;
            if (want.thrown() != null) {
                findings.referenceThrew++;
            }
            if (want.agrees(got)) {
                findings.agreeingEvaluations++;
            } else {
                // The tuple is made again to show it: the evaluations may have changed theirs.
                String input = describe(context, Inputs.tuple(context, index, reference.purse()));
                findings.disagreements.add(new Findings.Disagreement(each, input, want.toString(), got.toString()));
            }
        }
    }

    /** The tuple as {@code name=value}, as {@link Outcome#render} shows values. */
    private static String describe(Method context, Object[] arguments) {
        List<String> names = Contexts.parameterNames(context);
        StringBuilder text = new StringBuilder();
        int offset = arguments.length - names.size();
        for (int i = 0; i < arguments.length; i++) {
            text.append(i == 0 ? "" : ", ").append(i < offset ? "this" : names.get(i - offset)).append('=')
                    .append(Outcome.render(arguments[i]));
        }
        return text.toString();
    }
}
