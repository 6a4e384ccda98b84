package dev.invariants.junit.internal.expr.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a {@link DifferentialRun} found: the figures, and every disagreement. */
final class Findings {

    /** One disagreement: an expression, the input it was evaluated on (or none, for compilation), both results. */
    record Disagreement(Case expression, String input, String reference, String candidate) {}

    int expressions;
    int rejectedByBoth;
    int outsideRejected;
    int evaluatedExpressions;
    long evaluations;
    long agreeingEvaluations;
    /** Evaluations on which javac's code threw: the comparison covers exceptions too, but mostly values. */
    long referenceThrew;
    long referenceMillis;
    long candidateMillis;
    long evaluationMillis;
    final List<Disagreement> disagreements = new ArrayList<>();
    /** Per section: expressions, expressions on which the sides agree throughout. */
    final Map<String, int[]> sections = new LinkedHashMap<>();

    long disagreeingExpressions() {
        return disagreements.stream().map(Disagreement::expression).distinct().count();
    }

    String summary(String reference, String candidate) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d expressions: %d compiled by both and evaluated, %d rejected by both, %d outside the"
                + " language rejected by %s, %d on which %s and %s disagree%n", expressions, evaluatedExpressions,
                rejectedByBoth, outsideRejected, candidate, disagreeingExpressions(), reference, candidate));
        text.append(String.format("%d evaluations (%d of them throw in %s's code), %d agreeing (%.2f%%)%n", evaluations,
                referenceThrew, reference, agreeingEvaluations, evaluations == 0 ? 0.0 : 100.0 * agreeingEvaluations / evaluations));
        text.append(String.format("time: %s %d ms, %s %d ms, evaluation %d ms%n", reference, referenceMillis, candidate,
                candidateMillis, evaluationMillis));
        sections.forEach((section, counts) -> text.append(String.format("  %-48s %4d expressions, %4d agree%n", section,
                counts[0], counts[1])));
        return text.toString();
    }

    /** Every disagreeing expression, with at most {@code perExpression} of its inputs (all when negative). */
    String listing(String reference, String candidate, int perExpression) {
        StringBuilder text = new StringBuilder();
        Map<Case, List<Disagreement>> byCase = new LinkedHashMap<>();
        for (Disagreement each : disagreements) {
            byCase.computeIfAbsent(each.expression(), c -> new ArrayList<>()).add(each);
        }
        byCase.forEach((expression, list) -> {
            text.append(expression).append('\n');
            int shown = perExpression < 0 ? list.size() : Math.min(perExpression, list.size());
            for (Disagreement each : list.subList(0, shown)) {
                if (each.input() != null) {
                    text.append("    on ").append(each.input()).append('\n');
                }
                text.append("      ").append(reference).append(": ").append(each.reference()).append('\n');
                text.append("      ").append(candidate).append(": ").append(each.candidate()).append('\n');
            }
            if (shown < list.size()) {
                text.append("    ... and ").append(list.size() - shown).append(" more inputs\n");
            }
        });
        return text.toString();
    }
}
