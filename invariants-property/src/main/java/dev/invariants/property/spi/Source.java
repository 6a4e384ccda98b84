package dev.invariants.property.spi;

/**
 * The stream of choices every generator draws from.
 *
 * <p>The engine records each choice. Replaying the record rebuilds the same value, and shrinking
 * edits the record (deletes spans, lowers choices) and replays it, so a generator written only in
 * terms of these methods shrinks without any code of its own. Choice {@code 0} is always the
 * simplest: design generators so that lower choices give simpler values. When a replayed record
 * runs out, every further choice is {@code 0}.
 *
 * <pre>{@code
 * Generator<Money> money = source -> Money.ofCents(source.choose(1_000_000));
 * }</pre>
 */
public interface Source {

    /**
     * Draws a choice.
     *
     * @param max the largest allowed choice, at least {@code 0}
     * @return a choice in {@code [0, max]}, biased toward small values while generating
     */
    long choose(long max);

    /**
     * Draws a choice the generator would like to be {@code suggestion}: while generating, the
     * suggestion is recorded and returned; while replaying, the recorded choice is returned. This is
     * how generators produce their edge cases so that they still shrink.
     *
     * @param max the largest allowed choice, at least {@code 0}
     * @param suggestion the wanted choice, clamped into {@code [0, max]}
     * @return the choice
     */
    long choose(long max, long suggestion);

    /**
     * Draws a choice that is usually small: while generating, nine times in ten at most {@code usually}, else anywhere
     * in {@code [0, max]}. It is one choice like {@link #choose(long)}, replayed and shrunk the same way. Numbers whose
     * size costs time ({@code BigInteger.pow}, {@code setScale}) then stay small unless a bound asks otherwise.
     *
     * @param max the largest allowed choice, at least {@code 0}
     * @param usually the largest choice of the usual draws
     * @return a choice in {@code [0, max]}
     */
    default long chooseSmall(long max, long usually) {
        return choose(max);
    }

    /**
     * Draws a yes/no choice; {@code false} is the simpler answer.
     *
     * @param probability how likely {@code true} is while generating, in {@code [0, 1]}
     * @return the choice
     */
    boolean chooseBoolean(double probability);

    /**
     * Asks whether this draw should produce one of the generator's edge cases. The engine asks for
     * every edge case in turn during the first tries, and now and then later; while replaying the
     * answer is always {@code -1}, so the edge case must be produced through
     * {@link #choose(long, long)} to be replayable.
     *
     * @param count how many edge cases the generator knows
     * @return the index of the edge case to produce, or {@code -1} for an ordinary draw
     */
    int edgeCase(int count);

    /**
     * Draws a value from another generator.
     *
     * @param generator the generator
     * @param <T> the type of value
     * @return the value
     */
    default <T> T draw(Generator<T> generator) {
        return generator.generate(this);
    }

    /**
     * Gives up on the current try: the drawn choices cannot make a valid value (for example a
     * filter rejected every candidate). The try counts as rejected, not as failed.
     *
     * @param reason why, shown in the statistics when rejections dominate
     * @return never returns; declared so callers can write {@code throw source.reject(...)}
     */
    RuntimeException reject(String reason);
}
