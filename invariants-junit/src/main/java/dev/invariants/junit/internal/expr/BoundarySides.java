package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributor;
import dev.invariants.junit.internal.expr.attr.Context;
import dev.invariants.junit.internal.expr.emit.Captures;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.model.Comparisons;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.Type;

/**
 * Which sides of a {@code post}'s comparisons are worth boundary evidence, typed for evaluating
 * each on its own after the {@code post} ({@link Evaluations#evidence}).
 */
final class BoundarySides {

    private final Attributor attributor;
    private final Purity purity;

    BoundarySides(Attributor attributor, Purity purity) {
        this.attributor = attributor;
        this.purity = purity;
    }

    /**
     * The sides of the post's numeric comparisons, as the post's own attribution typed them; a side that
     * attribution reached another way (a call's receiver or argument) is attributed as a value on its own.
     * Left out: sides that use {@code old(...)} (their values live in the entry), sides that read a
     * pattern binding or a lambda parameter declared outside them (evidence is evaluated after the post,
     * where such a variable may never have been assigned), and what is not a number: evidence never
     * decides a result.
     */
    List<Prepared.Side> of(List<Comparisons.Found> comparisons, Map<Node, Typed> typed, String text, Context value) {
        List<Prepared.Side> sides = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            Comparisons.Found comparison = comparisons.get(i);
            if (Structure.old(comparison.left()) != null || Structure.old(comparison.right()) != null) {
                continue;
            }
            Typed left = side(comparison.left(), typed, text, value);
            Typed right = left == null ? null : side(comparison.right(), typed, text, value);
            if (right != null && numeric(left.type()) && numeric(right.type())) {
                sides.add(new Prepared.Side(i, left, right));
            }
        }
        return sides;
    }

    private Typed side(Node node, Map<Node, Typed> typed, String text, Context value) {
        Typed side = typed.get(node);
        if (side != null && !standsAlone(side)) {
            return null;
        }
        if (side == null) {
            try {
                side = attributor.attribute(node, value, text).expression();
            } catch (ExpressionError | RuntimeException | StackOverflowError e) {
                return null; // no evidence for this comparison
            }
        }
        // Evidence evaluates a side a second time: never one that may change state.
        return purity.impureCalls(side).isEmpty() ? side : null;
    }

    /** Whether the side can be evaluated on its own: no {@code old(...)}, no local it does not declare. */
    private static boolean standsAlone(Typed side) {
        for (Variable each : Captures.free(side)) {
            if (each.kind() == Variable.Kind.OLD || each.kind() == Variable.Kind.LOCAL) {
                return false;
            }
        }
        return true;
    }

    private static boolean numeric(Type type) {
        int sort = type.getSort();
        return sort == Type.OBJECT || (sort >= Type.CHAR && sort <= Type.DOUBLE);
    }
}
