package dev.invariants.property.internal.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.engine.Rejection;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Collection sizes: within the length the precondition asks, the shortest first, distinct where a set needs it. */
class ContainersTests {

    static List<Integer> listOfInts() {
        return List.of();
    }

    static Set<Boolean> setOfBooleans() {
        return Set.of();
    }

    static Map<Integer, String> mapOfInts() {
        return Map.of();
    }

    /** Tries outside edge rounds: an edge round gives every element the same edge value, so no three keys differ. */
    private static List<Object> randomRounds(String method, Bounds bounds, int tries) throws NoSuchMethodException {
        Type type = ContainersTests.class.getDeclaredMethod(method).getGenericReturnType();
        TypeGenerators generators = new TypeGenerators(Map.of(), List.of());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            values.add(generators.generate(ChoiceRecorder.generating(new SplittableRandom(i), -1, 0.0), type, bounds, 0));
        }
        return values;
    }

    private static List<Object> values(String method, Bounds bounds, int tries) throws NoSuchMethodException {
        return GeneratorTests.values(ContainersTests.class.getDeclaredMethod(method).getGenericReturnType(), bounds, tries);
    }

    @Test
    @DisplayName("a list keeps to its length bounds, reaching both ends")
    void listLength() throws Exception {
        List<Object> lists = values("listOfInts", Bounds.NONE.withNonNull().withLength(2, 4), 300);

        assertThat(lists).allMatch(list -> ((Collection<?>) list).size() >= 2 && ((Collection<?>) list).size() <= 4);
        assertThat(lists).anyMatch(list -> ((Collection<?>) list).size() == 2).anyMatch(list -> ((Collection<?>) list).size() == 4);
    }

    @Test
    @DisplayName("the first edge rounds give the shortest and the next-shortest")
    void shortestFirst() throws Exception {
        List<Object> lists = values("listOfInts", Bounds.NONE.withNonNull().withLength(1, 10), 2);

        assertThat(lists).map(list -> ((Collection<?>) list).size()).containsExactly(1, 2);
    }

    @Test
    @DisplayName("set elements and map keys are distinct, and a size no distinct draw can reach is rejected")
    void distinct() throws Exception {
        List<Object> sets = values("setOfBooleans", Bounds.NONE.withNonNull().withLength(2, 2), 50);
        List<Object> maps = randomRounds("mapOfInts", Bounds.NONE.withNonNull().withLength(3, 3), 200);

        assertThat(sets).allMatch(set -> ((Set<?>) set).equals(Set.of(true, false)));
        assertThat(maps).allMatch(map -> ((Map<?, ?>) map).size() == 3);
        assertThatThrownBy(() -> values("setOfBooleans", Bounds.NONE.withNonNull().withLength(3, 3), 1))
                .isInstanceOf(Rejection.class).hasMessageContaining("could not draw 3 distinct elements");
    }

    @Test
    @DisplayName("an empty length range rejects the try, naming it")
    void emptyRange() {
        assertThatThrownBy(() -> values("listOfInts", Bounds.NONE.withNonNull().withLength(5, 3), 1))
                .isInstanceOf(Rejection.class).hasMessageContaining("no size in [5, 3]");
        assertThatThrownBy(() -> values("setOfBooleans", Bounds.NONE.withNonNull().withLength(5, 3), 1))
                .isInstanceOf(Rejection.class).hasMessageContaining("no size in [5, 3]");
    }
}
