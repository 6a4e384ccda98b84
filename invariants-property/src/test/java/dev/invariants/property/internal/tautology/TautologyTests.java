package dev.invariants.property.internal.tautology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.internal.tautology.Tautology.Verdict;
import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Whether a post could be falsified by values substituted for what it reads. */
class TautologyTests {

    static final TypeGenerators GENERATORS = new TypeGenerators(Map.of(), List.of());

    /** The members the posts below are declared on. */
    static final class Counter {
        private int count;
        private List<Integer> items = new ArrayList<>();

        int next() {
            return ++count;
        }

        static int echo(int x) {
            return x;
        }
    }

    static InvariantDescriptor invariant(String member, String post) throws Exception {
        Method method = member.equals("echo") ? Counter.class.getDeclaredMethod("echo", int.class)
                : Counter.class.getDeclaredMethod(member);
        List<String> names = member.equals("echo") ? List.of("x") : List.of();
        return new InvariantDescriptor("id-" + post, Counter.class, method, "true", post, List.of(), "TautologyTests.java:1", names);
    }

    /** Verdicts of the loop itself, with hand-written posts standing in for the compiled ones. */
    @Nested
    @DisplayName("should judge by the values the post returns")
    class Loop {

        static Object eitherSign(Object[] values) {
            int x = (Integer) values[0];
            return x >= 0 || x < 0;
        }

        static Object positive(Object[] values) {
            return (Integer) values[0] > 0;
        }

        static Object divides(Object[] values) {
            int x = (Integer) values[0];
            return 100 / x >= Integer.MIN_VALUE;
        }

        static Object number(Object[] values) {
            return values[0];
        }

        Tautology.Compiler compiled(String method, List<Object> seen) throws ReflectiveOperationException {
            MethodHandle post = MethodHandles.lookup().findStatic(Loop.class, method, MethodType.methodType(Object.class, Object[].class));
            return (scope, expression, names, types) -> {
                seen.addAll(List.of(scope, expression, names, types));
                return post;
            };
        }

        @Test
        @DisplayName("could not be falsified when it always held, compiled in the declaring class over the free variables")
        void held() throws Exception {
            List<Object> seen = new ArrayList<>();

            Verdict verdict = Tautology.check(invariant("echo", "x >= 0 || x < 0"), GENERATORS, compiled("eitherSign", seen));

            assertThat(verdict).isEqualTo(Verdict.COULD_NOT_BE_FALSIFIED);
            assertThat(seen).containsExactly(Counter.class, "x >= 0 || x < 0", List.of("x"), List.<Type>of(int.class));
        }

        @Test
        @DisplayName("falsifiable when it returned false once, or threw")
        void falsified() throws Exception {
            assertThat(Tautology.check(invariant("echo", "x > 0"), GENERATORS, compiled("positive", new ArrayList<>())))
                    .isEqualTo(Verdict.FALSIFIABLE);
            // the edge cases include 0
            assertThat(Tautology.check(invariant("echo", "100 / x >= Integer.MIN_VALUE"), GENERATORS,
                    compiled("divides", new ArrayList<>()))).isEqualTo(Verdict.FALSIFIABLE);
        }

        @Test
        @DisplayName("not judged when it does not compile on its own or is not boolean")
        void notJudged() throws Exception {
            Tautology.Compiler failing = (scope, expression, names, types) -> {
                throw new ExpressionError("cannot find symbol: variable nosuch", 0, 6);
            };

            assertThat(Tautology.check(invariant("echo", "nosuch"), GENERATORS, failing)).isEqualTo(Verdict.NOT_JUDGED);
            assertThat(Tautology.check(invariant("echo", "x"), GENERATORS, compiled("number", new ArrayList<>())))
                    .isEqualTo(Verdict.NOT_JUDGED);
        }
    }

    /** Through Standalone.compileFree: these need the runtime's compiler. */
    @Nested
    @DisplayName("should, compiled by the runtime,")
    class Compiled {

        @Test
        @DisplayName("not falsify a tautology")
        void tautologies() throws Exception {
            assertThat(Tautology.check(invariant("next", "result == result"), GENERATORS)).isEqualTo(Verdict.COULD_NOT_BE_FALSIFIED);
            assertThat(Tautology.check(invariant("echo", "x >= 0 || x < 0"), GENERATORS)).isEqualTo(Verdict.COULD_NOT_BE_FALSIFIED);
            assertThat(Tautology.check(invariant("next", "true"), GENERATORS)).isEqualTo(Verdict.COULD_NOT_BE_FALSIFIED);
        }

        @Test
        @DisplayName("falsify a post that checks something, old values included")
        void checks() throws Exception {
            assertThat(Tautology.check(invariant("next", "count > old(count)"), GENERATORS)).isEqualTo(Verdict.FALSIFIABLE);
            assertThat(Tautology.check(invariant("echo", "result == x + 1"), GENERATORS)).isEqualTo(Verdict.FALSIFIABLE);
        }

        @Test
        @DisplayName("read a generic field through a lambda")
        void generic() throws Exception {
            // some generated list has a negative element, and some has none
            assertThat(Tautology.check(invariant("next", "items.stream().allMatch(i -> i >= 0)"), GENERATORS))
                    .isEqualTo(Verdict.FALSIFIABLE);
            assertThat(Tautology.check(invariant("next", "items.stream().allMatch(i -> i >= 0) || items.stream().anyMatch(i -> i < 0)"),
                    GENERATORS)).isEqualTo(Verdict.COULD_NOT_BE_FALSIFIED);
        }

        @Test
        @DisplayName("not judge a post that does not compile on its own")
        void notStandalone() throws Exception {
            assertThat(Tautology.check(invariant("next", "result > nosuch"), GENERATORS)).isEqualTo(Verdict.NOT_JUDGED);
        }
    }
}
