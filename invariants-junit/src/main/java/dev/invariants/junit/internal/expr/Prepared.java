package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.weave.MemberPlan;
import java.util.List;

/**
 * One invariant, compiled as far as attribution and ready to be written.
 *
 * @param index   registry index
 * @param bit     its bit in the member's per-call state (0 for a type invariant)
 * @param names   the parameter names its expressions use, one per parameter
 * @param pre     the attributed {@code pre}, {@code null} when it is {@code true}
 * @param post    the attributed {@code post}, {@code null} when there is none
 * @param raises  the exception types of {@code raises}
 * @param sides   both sides of each numeric comparison of the {@code post} that can be evaluated on its own
 */
record Prepared(int index, long bit, List<String> names, Attributed pre, Attributed post, List<Raised> raises,
        List<Side> sides) {

    /** The values of {@code old(...)} the entry keeps for this invariant. */
    List<Attributed.Old> olds() {
        return post == null ? List.of() : post.olds();
    }

    /** Both sides of the {@code comparison}-th comparison ({@code model.Comparisons}), attributed as values. */
    record Side(int comparison, Typed left, Typed right) {}

    /**
     * An exception type of {@code raises}.
     *
     * @param internalName its internal name
     * @param nameable     whether the generated class may name it ({@code instanceof}); else it is matched by name
     */
    record Raised(String internalName, boolean nameable) {}

    /** A woven member: its invariants that compiled, and those reported broken (registry indexes). */
    record Member(MemberPlan plan, List<Prepared> invariants, List<Integer> broken) {}

    /** The type invariants of the class. */
    record Type(List<Prepared> invariants, List<Integer> broken) {}
}
