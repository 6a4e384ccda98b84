package dev.invariants.property.internal.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.engine.Rejection;
import dev.invariants.property.spi.Generator;
import dev.invariants.property.spi.GeneratorProvider;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which generator a type gets, in what order they are asked, and what the user is told when there is none. */
class TypeGeneratorsTests {

    interface Shape {
    }

    /** Its only constructor needs a type nothing can build. */
    public static final class Drawing {
        public Drawing(Shape shape) {
        }
    }

    /** Builds itself from itself: usable, since a link may be null or stop at the depth limit. */
    public static final class Node {
        final Node next;

        public Node(Node next) {
            this.next = next;
        }
    }

    /** Every instance needs another one: past the depth limit nothing can build it. */
    public static final class Chain {
        public Chain(Chain next, int value) {
            if (next == null) {
                throw new IllegalArgumentException("a chain needs a next link");
            }
        }
    }

    public static final class Positive {
        final int value;

        public Positive(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("not positive: " + value);
            }
            this.value = value;
        }
    }

    private static final TypeGenerators PLAIN = new TypeGenerators(Map.of(), List.of());

    private static List<Object> draw(TypeGenerators generators, Type type, Bounds bounds, int tries) {
        List<Object> drawn = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            try {
                drawn.add(generators.generate(ChoiceRecorder.generating(new SplittableRandom(i), -1, 0), type, bounds, 0));
            } catch (Rejection rejected) {
                drawn.add(rejected);
            }
        }
        return drawn;
    }

    @Test
    @DisplayName("should say up front which type has no generator and how to provide one")
    void unsupported() {
        assertThat(PLAIN.unsupported(Shape.class)).hasValue("no generator for [" + Shape.class.getName()
                + "]: it has no public constructor or static factory; provide a Generator<Shape>"
                + " (a public static method returning it, or a GeneratorProvider)");
        assertThat(PLAIN.unsupported(Drawing.class)).hasValue("no generator for [" + Drawing.class.getName()
                + "]: none of its constructors or factories has parameters the engine can generate; provide a Generator<Drawing>");
        assertThat(PLAIN.unsupported(Shape[].class)).isEqualTo(PLAIN.unsupported(Shape.class));
        assertThat(PLAIN.unsupported(Node.class)).isEmpty();
        assertThat(PLAIN.unsupported(Positive[].class)).isEmpty();
        assertThatThrownBy(() -> PLAIN.forType(Drawing.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PLAIN.unsupported(Drawing.class).orElseThrow());
    }

    @Test
    @DisplayName("should ask the explicit generators first, then the providers (each type once), then the built-in ones")
    void order() {
        AtomicInteger asked = new AtomicInteger();
        GeneratorProvider provider = (type, lookup) -> {
            asked.incrementAndGet();
            return type == Integer.class ? Optional.of(source -> 7) : Optional.empty();
        };
        Generator<String> fixed = source -> "fixed";
        TypeGenerators generators = new TypeGenerators(Map.of(String.class, fixed), List.of(provider));

        assertThat(draw(generators, String.class, Bounds.NONE.withNonNull(), 5)).containsOnly("fixed");
        assertThat(draw(generators, Integer.class, Bounds.NONE.withNonNull(), 5)).containsOnly(7);
        assertThat(draw(generators, Long.class, Bounds.NONE.withNonNull(), 5)).allMatch(Long.class::isInstance);
        // String never reached the provider; Integer and Long each asked it once
        assertThat(asked).hasValue(2);
    }

    @Test
    @DisplayName("should draw null for about one reference in twenty, never where pre needs a value, always where it needs null")
    void nulls() {
        List<Object> free = draw(PLAIN, String.class, Bounds.NONE, 2000);

        assertThat(free.stream().filter(value -> value == null).count()).isBetween(60L, 140L);
        assertThat(draw(PLAIN, String.class, Bounds.NONE.withNonNull(), 300)).doesNotContainNull();
        assertThat(draw(PLAIN, Integer.class, Bounds.NONE.withNull(), 50)).containsOnlyNulls();
        assertThat(draw(PLAIN, int.class, Bounds.NONE, 300)).doesNotContainNull();
    }

    @Test
    @DisplayName("should fill an Optional four times in five, and never with null")
    void optionals() {
        List<Object> drawn = draw(PLAIN, new TypeToken<Optional<String>>() { }.type(), Bounds.NONE.withNonNull(), 1000);

        long present = drawn.stream().filter(value -> ((Optional<?>) value).isPresent()).count();
        assertThat(present).isBetween(740L, 860L);
        assertThat(drawn).allMatch(value -> ((Optional<?>) value).map(inner -> inner instanceof String).orElse(true));
    }

    @Test
    @DisplayName("should build arrays of the element type within the lengths pre allows")
    void arrays() {
        List<Object> drawn = draw(PLAIN, Positive[].class, Bounds.NONE.withNonNull().withLength(1, 3), 200);

        assertThat(drawn).filteredOn(Positive[].class::isInstance).isNotEmpty().allSatisfy(array -> {
            Positive[] positives = (Positive[]) array;
            assertThat(positives.length).isBetween(1, 3);
        });
    }

    @Test
    @DisplayName("should turn a constructor's refusal into a rejection naming the class and the exception")
    void refused() {
        List<Object> drawn = draw(PLAIN, Positive.class, Bounds.NONE.withNonNull(), 200);

        assertThat(drawn).anyMatch(Positive.class::isInstance);
        assertThat(drawn).filteredOn(Rejection.class::isInstance).isNotEmpty().allSatisfy(rejection ->
                assertThat(((Rejection) rejection).getMessage())
                        .isEqualTo("Positive refused the generated arguments: IllegalArgumentException"));
    }

    @Test
    @DisplayName("should end a recursive type in null at the depth limit, and reject a value that cannot end")
    void depthLimit() {
        List<Object> chains = draw(PLAIN, Chain.class, Bounds.NONE.withNonNull(), 50);
        List<Object> nodes = draw(PLAIN, Node.class, Bounds.NONE.withNonNull(), 50);

        assertThat(chains).allMatch(Rejection.class::isInstance);
        assertThat(nodes).allMatch(Node.class::isInstance);
        assertThat(nodes).allSatisfy(node -> assertThat(length((Node) node)).isBetween(1, TypeGenerators.MAX_DEPTH));
        assertThat(nodes).anyMatch(node -> length((Node) node) == TypeGenerators.MAX_DEPTH);
        assertThatThrownBy(() -> PLAIN.generate(ChoiceRecorder.generating(new SplittableRandom(1), -1, 0), Node.class,
                Bounds.NONE.withNonNull(), TypeGenerators.MAX_DEPTH)).isInstanceOf(Rejection.class)
                .hasMessage("depth limit reached building Node");
    }

    private static int length(Node node) {
        return node == null ? 0 : 1 + length(node.next);
    }

    @Test
    @DisplayName("should read the class behind wildcards, type variables and generic arrays")
    void raw() {
        Type wildcardList = new TypeToken<List<? extends CharSequence>>() { }.type();
        Type genericArray = new TypeToken<List<String>[]>() { }.type();
        Type variable = new Object() {
            <V extends Number> void holder(V value) {
            }
        }.getClass().getDeclaredMethods()[0].getGenericParameterTypes()[0];

        assertThat(TypeGenerators.raw(wildcardList)).isEqualTo(List.class);
        assertThat(TypeGenerators.raw(TypeGenerators.argument(wildcardList, 0))).isEqualTo(CharSequence.class);
        assertThat(TypeGenerators.raw(genericArray)).isEqualTo(List[].class);
        assertThat(TypeGenerators.raw(variable)).isEqualTo(Number.class);
        assertThat(TypeGenerators.argument(String.class, 0)).isEqualTo(Object.class);
    }

    /** Captures a parameterized type from an anonymous subclass. */
    abstract static class TypeToken<T> {
        Type type() {
            return ((java.lang.reflect.ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
        }
    }
}
