package dev.invariants.property.spi;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds values of one type from a {@link Source} of choices.
 *
 * <p>A generator is a pure function of the choices it draws: no randomness of its own, no state.
 * Mapped, filtered and combined generators then replay and shrink like the ones they are made of.
 *
 * <pre>{@code
 * Generator<Money> money = source -> Money.ofCents(source.choose(1_000_000));
 * Generator<Money> positive = money.filter(m -> m.cents() > 0);
 * }</pre>
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Generator<T> {

    /** How many candidates {@link #filter(Predicate)} draws before it rejects the try. */
    int FILTER_ATTEMPTS = 100;

    /**
     * Generates one value.
     *
     * @param source the choices to draw from
     * @return the value
     */
    T generate(Source source);

    /**
     * A generator of this generator's values transformed by {@code mapper}.
     *
     * @param mapper the transformation
     * @param <R> the type of the transformed values
     * @return the mapped generator
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        return source -> mapper.apply(generate(source));
    }

    /**
     * A generator of this generator's values that satisfy {@code condition}; after
     * {@value #FILTER_ATTEMPTS} misses in a row the try is rejected.
     *
     * @param condition what values must satisfy
     * @return the filtered generator
     */
    default Generator<T> filter(Predicate<? super T> condition) {
        return source -> {
            for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
                T value = generate(source);
                if (condition.test(value)) {
                    return value;
                }
            }
            throw source.reject("filter rejected " + FILTER_ATTEMPTS + " candidates in a row");
        };
    }

    /**
     * A generator that draws a value from this generator, then a value from the generator it
     * selects.
     *
     * @param next the generator to use for a given value
     * @param <R> the type of the final values
     * @return the combined generator
     */
    default <R> Generator<R> flatMap(Function<? super T, Generator<R>> next) {
        return source -> next.apply(generate(source)).generate(source);
    }
}
