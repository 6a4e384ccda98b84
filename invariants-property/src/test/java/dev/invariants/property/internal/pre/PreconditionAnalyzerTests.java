package dev.invariants.property.internal.pre;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the analysis reads from {@code pre}: each alternative's constraints, in the form generators apply them. */
class PreconditionAnalyzerTests {

    enum Tier { BASIC, PREMIUM }

    static List<String> constraints(Domain domain, int alternative) {
        return domain.alternatives().get(alternative).constraints().stream().map(Constraint::toString).toList();
    }

    @Nested
    @DisplayName("should read")
    class Reads {

        @Test
        @DisplayName("comparisons with constants, on either side, and their negation")
        void comparisons() {
            Domain domain = PreconditionAnalyzer.analyze("x >= 10 && 20 > x && !(y < 0)", List.of("x", "y"),
                    List.of(int.class, long.class));

            assertThat(domain.alternatives()).hasSize(1);
            assertThat(constraints(domain, 0)).containsExactly("x >= 10", "x < 20", "y >= 0");
            assertThat(domain.fullyRecognised()).isTrue();
        }

        @Test
        @DisplayName("a parameter inside a sum or difference, solved for the parameter")
        void solved() {
            Domain domain = PreconditionAnalyzer.analyze(
                    "cents >= 0 && totalCents > Long.MAX_VALUE - cents && limit <= n + 1 && 5 < m - offset",
                    List.of("cents", "n", "m"), List.of(long.class, int.class, int.class));

            // totalCents > MAX - cents  <=>  cents > MAX - totalCents;  limit <= n + 1  <=>  n >= limit - 1;
            // 5 < m - offset  <=>  m > 5 + offset
            assertThat(constraints(domain, 0)).containsExactly("cents >= 0", "cents > Long.MAX_VALUE - totalCents",
                    "n >= limit - 1", "m > 5 + offset");
            assertThat(domain.fullyRecognised()).isTrue();
        }

        @Test
        @DisplayName("signum() and compareTo(...) as relations, implying non-null")
        void signs() {
            Domain domain = PreconditionAnalyzer.analyze("amount.signum() > 0 && amount.compareTo(total.subtract(refunded)) <= 0",
                    List.of("amount"), List.of(BigDecimal.class));

            assertThat(constraints(domain, 0)).containsExactly("amount != null", "amount > 0", "amount != null",
                    "amount <= total.subtract(refunded)");
        }

        @Test
        @DisplayName("length() and size(), null checks, enum equality, and || as alternatives")
        void alternatives() {
            Domain domain = PreconditionAnalyzer.analyze("name != null && name.length() <= 8 || tier == Tier.PREMIUM",
                    List.of("name", "tier"), List.of(String.class, Tier.class));

            assertThat(domain.alternatives()).hasSize(2);
            assertThat(constraints(domain, 0)).containsExactly("name != null", "name != null", "length(name) <= 8");
            assertThat(constraints(domain, 1)).containsExactly("tier != null", "tier == PREMIUM");
        }

        @Test
        @DisplayName("a bound on another parameter, generating that one first")
        void dependencies() {
            Domain domain = PreconditionAnalyzer.analyze("low <= high", List.of("low", "high"), List.of(int.class, int.class));

            assertThat(domain.alternatives().get(0).order()).containsExactly(1, 0);
        }

        @Test
        @DisplayName("isEmpty() as a length of zero, and its negation as a length of at least one")
        void emptiness() {
            Domain empty = PreconditionAnalyzer.analyze("name.isEmpty()", List.of("name"), List.of(String.class));
            Domain notEmpty = PreconditionAnalyzer.analyze("!items.isEmpty()", List.of("items"), List.of(List.class));

            assertThat(constraints(empty, 0)).containsExactly("name != null", "length(name) == 0");
            assertThat(constraints(notEmpty, 0)).containsExactly("items != null", "length(items) >= 1");
            assertThat(notEmpty.fullyRecognised()).isTrue();
        }

        @Test
        @DisplayName("equals(...) on a number as equality; its negation is left to filtering")
        void equality() {
            Domain equal = PreconditionAnalyzer.analyze("count.equals(3)", List.of("count"), List.of(Integer.class));
            Domain unequal = PreconditionAnalyzer.analyze("!count.equals(3)", List.of("count"), List.of(Integer.class));

            assertThat(constraints(equal, 0)).containsExactly("count != null", "count == 3");
            assertThat(unequal.alternatives().get(0).residue()).containsExactly("!count.equals(3)");
        }

        @Test
        @DisplayName("true and false literals: no constraint, and no alternative at all")
        void literals() {
            assertThat(PreconditionAnalyzer.analyze("true", List.of("x"), List.of(int.class)).alternatives()).hasSize(1)
                    .allMatch(alternative -> alternative.constraints().isEmpty());
            assertThat(PreconditionAnalyzer.analyze("false", List.of("x"), List.of(int.class)).alternatives()).isEmpty();
            assertThat(PreconditionAnalyzer.analyze("!(x > 0 || x < -5)", List.of("x"), List.of(int.class)).alternatives())
                    .singleElement().satisfies(alternative -> assertThat(alternative.constraints())
                            .map(Constraint::toString).containsExactly("x <= 0", "x >= -5"));
        }
    }

    @Nested
    @DisplayName("should cap alternatives at 32")
    class Cap {

        private String disjunction(int terms) {
            return java.util.stream.IntStream.range(0, terms).mapToObj(i -> "x == " + i)
                    .collect(java.util.stream.Collectors.joining(" || "));
        }

        @Test
        @DisplayName("32 alternatives of an || are kept")
        void atCap() {
            assertThat(PreconditionAnalyzer.analyze(disjunction(32), List.of("x"), List.of(int.class)).alternatives()).hasSize(32);
        }

        @Test
        @DisplayName("a 33rd alternative turns the whole || into one alternative left to filtering")
        void overCap() {
            Domain domain = PreconditionAnalyzer.analyze(disjunction(33), List.of("x"), List.of(int.class));

            assertThat(domain.alternatives()).singleElement().satisfies(alternative -> {
                assertThat(alternative.constraints()).isEmpty();
                assertThat(alternative.residue()).hasSize(1);
            });
        }

        @Test
        @DisplayName("a product of alternatives over 32 (&& of two ||) is left to filtering, at 32 it is kept")
        void product() {
            String eight = "(" + disjunction(8) + ")";
            String four = "(y == 0 || y == 1 || y == 2 || y == 3)";
            String five = "(y == 0 || y == 1 || y == 2 || y == 3 || y == 4)";

            assertThat(PreconditionAnalyzer.analyze(eight + " && " + four, List.of("x", "y"), List.of(int.class, int.class))
                    .alternatives()).hasSize(32);
            assertThat(PreconditionAnalyzer.analyze(eight + " && " + five, List.of("x", "y"), List.of(int.class, int.class))
                    .alternatives()).hasSize(1);
        }
    }

    @Test
    @DisplayName("should leave what it does not understand to filtering, naming the parameters it mentions")
    void residue() {
        Domain domain = PreconditionAnalyzer.analyze("code.matches(\"[0-9]+\") && n > 0", List.of("code", "n"),
                List.of(String.class, int.class));

        assertThat(domain.alternatives().get(0).residue()).containsExactly("code.matches(\"[0-9]+\")");
        assertThat(domain.unconstrainedParameters()).containsExactly("code");
        assertThat(constraints(domain, 0)).containsExactly("code != null", "n > 0");
    }
}
