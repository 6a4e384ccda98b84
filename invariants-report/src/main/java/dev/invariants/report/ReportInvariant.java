package dev.invariants.report;

import java.util.List;

/**
 * One declared invariant with its counts over the whole run.
 *
 * @param id          unique in the code base
 * @param kind        {@code method}, {@code constructor} or {@code type}
 * @param owner       binary name of the declaring class
 * @param member      {@code name(fqn.Type,...)}, {@code null} for a type invariant
 * @param source      {@code File.java:line}
 * @param pre         the guard
 * @param post        the postcondition, empty for none
 * @param raises      binary names of the listed exception types
 * @param description free text, empty for none
 * @param counts      every evaluation, whoever caused it
 * @param problems    definition errors and the first reason an evaluation broke, as users see them
 * @param boundaries  per numeric comparison of {@code post}, the observation closest to its edge
 * @param generated   what generated property tests did with it, {@code null} when none ran
 * @param combinations pairwise coverage of its inputs by the written tests, {@code null} when not measured
 *                    (a type invariant, fewer than two parameters, no call with {@code pre} held, or switched off)
 */
public record ReportInvariant(String id, String kind, String owner, String member, String source, String pre,
        String post, List<String> raises, String description, Counts counts, List<String> problems,
        List<BoundaryEvidence> boundaries, Generated generated, Combinations combinations) {

    public ReportInvariant {
        raises = List.copyOf(raises);
        problems = List.copyOf(problems);
        boundaries = List.copyOf(boundaries);
    }

    /** An invariant without pairwise coverage. */
    public ReportInvariant(String id, String kind, String owner, String member, String source, String pre,
            String post, List<String> raises, String description, Counts counts, List<String> problems,
            List<BoundaryEvidence> boundaries, Generated generated) {
        this(id, kind, owner, member, source, pre, post, raises, description, counts, problems, boundaries, generated,
                null);
    }

    /** An invariant without boundary evidence or generated-test statistics. */
    public ReportInvariant(String id, String kind, String owner, String member, String source, String pre,
            String post, List<String> raises, String description, Counts counts, List<String> problems) {
        this(id, kind, owner, member, source, pre, post, raises, description, counts, problems, List.of(), null, null);
    }

    /** Whether {@code pre} guards anything: not blank and not just {@code true}. */
    public boolean hasGuard() {
        String guard = pre == null ? "" : pre.strip();
        return !guard.isEmpty() && !guard.equals("true");
    }

    public Status status() {
        return Status.of(counts, !problems.isEmpty());
    }

    /**
     * The location an IDE turns into a link: {@code com.acme.FeeCalculator.calculateFee(FeeCalculator.java:31)};
     * a type invariant points at the class's first constructor.
     */
    public String location() {
        String name = member == null ? "<init>" : member.substring(0, member.indexOf('('));
        return owner + "." + name + "(" + source + ")";
    }
}
