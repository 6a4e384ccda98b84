package dev.invariants.property.internal.pre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Objects built inside their constructors' preconditions: only the invariants that promise a normal return
 * describe valid arguments, and several of them are alternatives.
 */
class CreatorPreconditionsTests {

    static final class Money {
        Money(long cents) {
        }

        Money(String text) {
        }
    }

    private static final Constructor<?> CENTS = constructor(long.class);
    private static final Constructor<?> TEXT = constructor(String.class);

    private static Constructor<?> constructor(Class<?> parameter) {
        try {
            return Money.class.getDeclaredConstructor(parameter);
        } catch (NoSuchMethodException absent) {
            throw new AssertionError(absent);
        }
    }

    private static InvariantDescriptor invariant(Constructor<?> member, String pre, String post,
            List<Class<? extends Throwable>> raises) {
        return new InvariantDescriptor("id-" + pre, Money.class, member, pre, post, raises, "Money.java:1",
                List.of(member.getParameterTypes()[0] == long.class ? "cents" : "text"));
    }

    private static List<Long> draws(CreatorPreconditions creators, int tries) {
        List<Long> drawn = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            Object[] arguments = creators.generate(ChoiceRecorder.generating(new SplittableRandom(i), -1, 0.1), CENTS);
            drawn.add((Long) arguments[0]);
        }
        return drawn;
    }

    @Test
    @DisplayName("should draw inside the preconditions that promise a normal return, each one an alternative")
    void normalReturnsOnly() {
        List<InvariantDescriptor> declared = List.of(
                invariant(CENTS, "cents >= 0 && cents < 100", "true", List.of()),
                invariant(CENTS, "cents >= 1000 && cents <= 1001", "true", List.of()),
                // a precondition under which the constructor must throw: not a valid argument
                invariant(CENTS, "cents < 0", "", List.of(IllegalArgumentException.class)),
                // a precondition without a promised result says nothing of the valid arguments
                invariant(CENTS, "cents > 5000", "", List.of()),
                invariant(TEXT, "text != null", "true", List.of()));
        CreatorPreconditions creators = new CreatorPreconditions(type -> declared, new TypeGenerators(Map.of(), List.of()));

        List<Long> drawn = draws(creators, 300);

        assertThat(drawn).allMatch(cents -> cents >= 0 && cents < 100 || cents == 1000 || cents == 1001);
        assertThat(drawn).anyMatch(cents -> cents < 100).anyMatch(cents -> cents >= 1000);
    }

    @Test
    @DisplayName("should leave a creator to plain generation when no invariant guards it, or only pre = true does")
    void unguarded() {
        List<InvariantDescriptor> declared = List.of(invariant(CENTS, "true", "true", List.of()),
                invariant(TEXT, "text != null", "true", List.of()));
        CreatorPreconditions creators = new CreatorPreconditions(type -> declared, new TypeGenerators(Map.of(), List.of()));

        assertThat(creators.generate(ChoiceRecorder.generating(new SplittableRandom(1), -1, 0.1), CENTS)).isNull();
    }

    @Test
    @DisplayName("should analyse a creator's preconditions once, however many objects it builds")
    void analysedOnce() {
        AtomicInteger lookups = new AtomicInteger();
        List<InvariantDescriptor> declared = List.of(invariant(CENTS, "cents >= 0 && cents < 100", "true", List.of()));
        Function<Class<?>, List<InvariantDescriptor>> invariants = type -> {
            lookups.incrementAndGet();
            return declared;
        };
        CreatorPreconditions creators = new CreatorPreconditions(invariants, new TypeGenerators(Map.of(), List.of()));

        List<Long> drawn = draws(creators, 20);

        assertThat(drawn).allMatch(cents -> cents >= 0 && cents < 100);
        assertThat(lookups).hasValue(1);
    }
}
