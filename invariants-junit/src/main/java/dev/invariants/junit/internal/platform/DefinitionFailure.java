package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Thrown when the launcher session closes and invariants have definition errors. A test that called a
 * broken invariant keeps its own outcome (the invariant is recorded broken, the call goes on): a typo in
 * one {@code post} must not turn an unrelated passing test red, nor be swallowed. The run fails here
 * instead, naming every broken invariant and where. An {@link AssertionError}, like {@link GateFailure}.
 */
final class DefinitionFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private static final String ID_ATTRIBUTE = ", attribute `id`: ";

    private DefinitionFailure(String message) {
        super(message);
    }

    /**
     * The failure for this JVM's part of the report, or {@code null} when no invariant has a definition
     * error. {@code known}: the definition errors found for this session (the sweep's, the class files');
     * a problem of the {@code id} attribute is one too (a duplicate id, derived when the report is merged).
     * What an expression threw while evaluating is not: that invariant is broken, the run is not failed.
     */
    static DefinitionFailure of(Report part, Collection<String> known, List<DefinitionProblem> declared) {
        Set<String> definitionErrors = new HashSet<>(known);
        declared.forEach(problem -> definitionErrors.add(problem.message()));
        Set<String> found = new LinkedHashSet<>();
        for (ReportInvariant invariant : part.invariants()) {
            for (String problem : invariant.problems()) {
                if (definitionErrors.contains(problem) || problem.contains(ID_ATTRIBUTE)) {
                    found.add(problem);
                }
            }
        }
        return found.isEmpty() ? null : new DefinitionFailure(message(List.copyOf(found)));
    }

    /** The message: a count, what happened to the tests, then one line per definition error. */
    static String message(List<String> problems) {
        StringBuilder text = new StringBuilder().append(problems.size())
                .append(problems.size() == 1 ? " invariant definition error" : " invariant definition errors")
                .append(": the tests ran without checking ").append(problems.size() == 1 ? "it" : "them")
                .append(" and kept their own outcomes; the run fails until ")
                .append(problems.size() == 1 ? "it is" : "they are").append(" fixed");
        // A problem's own lines (an expression and its caret) stay indented under it.
        problems.forEach(problem -> text.append("\n    ").append(problem.replace("\n", "\n    ")));
        return text.toString();
    }
}
