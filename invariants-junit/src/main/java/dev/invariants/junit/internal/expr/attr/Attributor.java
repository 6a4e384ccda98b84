package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Node;
import dev.invariants.junit.internal.expr.types.TypeModel;

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
        return new Attribution(model, context, text).run(expression);
    }
}
