package dev.invariants.property.internal.pre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.engine.Rejection;
import dev.invariants.property.internal.gen.TypeGenerators;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Arguments drawn inside the analysed precondition: every generated input meets the constraints it read. */
class ArgumentGeneratorTests {

    enum Plan { BASIC, FAMILY, PREMIUM }

    /** A receiver whose field bounds an argument: {@code qty <= reserved}. */
    static final class Stock {
        private final int reserved;

        Stock(int reserved) {
            this.reserved = reserved;
        }
    }

    private static List<Object[]> draw(String pre, List<String> names, List<Class<?>> types, Object receiver, int tries) {
        Domain domain = PreconditionAnalyzer.analyze(pre, names, types);
        ArgumentGenerator generator = new ArgumentGenerator(domain, names, types.toArray(Type[]::new),
                receiver == null ? ArgumentGeneratorTests.class : receiver.getClass(), new TypeGenerators(Map.of(), List.of()));
        List<Object[]> drawn = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            drawn.add(generator.generate(ChoiceRecorder.generating(new SplittableRandom(i), i < 20 ? i : -1, 0.1), receiver));
        }
        return drawn;
    }

    @Test
    @DisplayName("numeric bounds of every operator, inclusive and exclusive, reached at the bounds")
    void numericBounds() {
        List<Object[]> drawn = draw("a > 3 && a <= 9 && b >= -2 && b < 2 && c == 42", List.of("a", "b", "c"),
                List.of(int.class, long.class, int.class), null, 300);

        assertThat(drawn).allSatisfy(args -> {
            assertThat((int) args[0]).isBetween(4, 9);
            assertThat((long) args[1]).isBetween(-2L, 1L);
            assertThat(args[2]).isEqualTo(42);
        });
        assertThat(drawn).anyMatch(args -> (int) args[0] == 4).anyMatch(args -> (int) args[0] == 9)
                .anyMatch(args -> (long) args[1] == -2).anyMatch(args -> (long) args[1] == 1);
    }

    @Test
    @DisplayName("a bound on another parameter is evaluated after that parameter is drawn")
    void dependentBound() {
        List<Object[]> drawn = draw("low >= 0 && low <= high && high >= 0 && high < 50", List.of("low", "high"),
                List.of(int.class, int.class), null, 300);

        assertThat(drawn).allMatch(args -> (int) args[0] >= 0 && (int) args[0] <= (int) args[1] && (int) args[1] < 50);
        assertThat(drawn).anyMatch(args -> args[0].equals(args[1]));
    }

    @Test
    @DisplayName("a bound read from the receiver's field, at call time")
    void receiverField() {
        List<Object[]> drawn = draw("qty > 0 && qty <= reserved", List.of("qty"), List.of(int.class), new Stock(12), 300);

        assertThat(drawn).allMatch(args -> (int) args[0] >= 1 && (int) args[0] <= 12).anyMatch(args -> (int) args[0] == 12);
    }

    @Test
    @DisplayName("lengths of strings and collections, null checks, enum constants in and out")
    void shapes() {
        List<Object[]> drawn = draw("name != null && name.length() >= 2 && name.length() < 5 && !items.isEmpty()"
                        + " && plan != null && plan != Plan.BASIC && maybe == null",
                List.of("name", "items", "plan", "maybe"), List.of(String.class, List.class, Plan.class, Integer.class), null, 300);

        assertThat(drawn).allSatisfy(args -> {
            assertThat((String) args[0]).hasSizeBetween(2, 4);
            assertThat((List<?>) args[1]).isNotEmpty();
            assertThat(args[2]).isIn(Plan.FAMILY, Plan.PREMIUM);
            assertThat(args[3]).isNull();
        });
        assertThat(drawn).anyMatch(args -> args[2] == Plan.FAMILY).anyMatch(args -> args[2] == Plan.PREMIUM);
    }

    @Test
    @DisplayName("an enum equality pins the constant; alternatives are each drawn")
    void alternatives() {
        List<Object[]> drawn = draw("plan == Plan.FAMILY && age >= 60 || age < 18", List.of("plan", "age"),
                List.of(Plan.class, int.class), null, 300);

        assertThat(drawn).allMatch(args -> args[0] == Plan.FAMILY && (int) args[1] >= 60 || (int) args[1] < 18);
        assertThat(drawn).anyMatch(args -> (int) args[1] >= 60).anyMatch(args -> (int) args[1] < 18);
    }

    @Test
    @DisplayName("a bound it cannot evaluate is left to filtering, not applied wrongly")
    void unevaluable() {
        List<Object[]> drawn = draw("x < -Long.MIN_VALUE", List.of("x"), List.of(long.class), null, 100);

        assertThat(drawn.stream().map(args -> (long) args[0]).distinct().count()).as("x is drawn unbounded").isGreaterThan(20);
        assertThat(drawn).anyMatch(args -> (long) args[0] == Long.MIN_VALUE).anyMatch(args -> (long) args[0] == Long.MAX_VALUE);
    }

    @Test
    @DisplayName("a precondition that can never hold rejects the try, saying so")
    void never() {
        assertThatThrownBy(() -> draw("false", List.of("x"), List.of(int.class), null, 1)).isInstanceOf(Rejection.class)
                .hasMessageContaining("can never hold");
    }

    @Test
    @DisplayName("double bounds apply; an infinite bound is ignored, not turned into a number")
    void doubles() {
        List<Object[]> drawn = draw("rate >= 0.5 && rate < 1.5", List.of("rate"), List.of(double.class), null, 200);

        assertThat(drawn).allMatch(args -> (double) args[0] >= 0.5 && (double) args[0] < 1.5);
        assertThat(Arrays.stream(drawn.get(0)).toList()).hasSize(1);
    }
}
