package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.TypeModel;
import dev.invariants.junit.internal.expr.tree.Typed;
import java.util.List;
import java.util.Map;

/**
 * Attributes invariant expressions against the class files a class loader sees. One instance per
 * class loader may be shared by every class compiled in it, from any thread: what it reads of class
 * files is cached in its {@link TypeModel}, and each attribution keeps its own state.
 */
public final class Attributor {

    private final TypeModel model;

    public Attributor(ClassLoader loader) {
        this.model = TypeModel.of(loader);
    }

    /**
     * Attributes one parsed expression; {@code old(...)} values are named as {@link Render} writes them.
     *
     * @throws ExpressionError naming what does not resolve or type, with its position in the text
     */
    public Attributed attribute(Node expression, Context context) throws ExpressionError {
        return attribute(expression, context, null);
    }

    /**
     * Attributes one parsed expression whose source is {@code text}, so that {@code old(...)} values keep
     * the text as the user wrote it.
     *
     * @throws ExpressionError naming what does not resolve or type, with its position in the text
     */
    public Attributed attribute(Node expression, Context context, String text) throws ExpressionError {
        return new Attribution(model, context, text, null).run(expression);
    }

    /**
     * Attributes one parsed expression and hands back, in {@code watched}, the typed tree of each of its
     * keys (nodes of {@code expression}), as the expression uses it before any conversion its parent
     * applies; a key stays mapped to {@code null} when attribution never reached it. Boundary evidence
     * evaluates the sides of a post's comparisons this way without attributing them a second time.
     *
     * @throws ExpressionError naming what does not resolve or type, with its position in the text
     */
    public Attributed attribute(Node expression, Context context, String text, Map<Node, Typed> watched)
            throws ExpressionError {
        return new Attribution(model, context, text, null).watching(watched).run(expression);
    }

    /**
     * Attributes an expression whose parameters have the given types rather than those of a member's
     * signature: for expressions over free variables, such as the tautology check's.
     *
     * @throws ExpressionError naming what does not resolve or type, with its position in the text
     */
    public Attributed attribute(Node expression, Context context, String text, List<JavaType> parameterTypes)
            throws ExpressionError {
        return new Attribution(model, context, text, List.copyOf(parameterTypes)).run(expression);
    }

    /** The model this attributor reads class files through, for callers that build parameter types. */
    public TypeModel model() {
        return model;
    }
}
