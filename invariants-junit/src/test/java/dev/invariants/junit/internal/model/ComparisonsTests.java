package dev.invariants.junit.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.report.Comparison;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComparisonsTests {

    @Nested
    @DisplayName("should find the numeric comparisons of a post")
    class Finding {

        @Test
        @DisplayName("should read a relational operator and a compareTo against 0, in either order")
        void forms() {
            assertThat(Comparisons.of("balance >= 0")).containsExactly(new Comparison("balance >= 0", "balance", ">=", "0"));
            assertThat(Comparisons.of("result.compareTo(CAP) <= 0"))
                    .containsExactly(new Comparison("result.compareTo(CAP) <= 0", "result", "<=", "CAP"));
            // 0 < a.compareTo(b) means b < a.
            assertThat(Comparisons.of("0 < result.compareTo(floor)")).singleElement()
                    .extracting(Comparison::left, Comparison::operator, Comparison::right)
                    .containsExactly("floor", "<", "result");
        }

        @Test
        @DisplayName("should take every operand of a top-level conjunction, and nothing under || or !")
        void conjunctionOnly() {
            assertThat(Comparisons.of("(result >= 0) && result <= limit && name != null"))
                    .extracting(Comparison::left, Comparison::right)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("result", "0"),
                            org.assertj.core.groups.Tuple.tuple("result", "limit"));
            assertThat(Comparisons.of("result < 0 || result > 10")).isEmpty();
            assertThat(Comparisons.of("!(result < 0)")).isEmpty();
            assertThat(Comparisons.of("result == old(balance) - amount")).isEmpty();
        }

        @Test
        @DisplayName("should keep the text as written, only the parentheses around each part dropped")
        void exactText() {
            assertThat(Comparisons.of("((a+b<=  c*2))")).containsExactly(new Comparison("a+b<=  c*2", "a+b", "<=", "c*2"));
            assertThat(Comparisons.of("(x).compareTo( (y) )<0"))
                    .containsExactly(new Comparison("(x).compareTo( (y) )<0", "x", "<", "y"));
            assertThat(Comparisons.of("0 >= total.compareTo(Money.of(1, \"EUR\"))"))
                    .containsExactly(new Comparison("0 >= total.compareTo(Money.of(1, \"EUR\"))", "Money.of(1, \"EUR\")",
                            ">=", "total"));
            assertThat(Comparisons.of("items.stream().mapToInt(i -> i.qty()).sum() <= (int) cap"))
                    .singleElement().extracting(Comparison::left, Comparison::right)
                    .containsExactly("items.stream().mapToInt(i -> i.qty()).sum()", "(int) cap");
        }

        @Test
        @DisplayName("should leave out comparisons under ?:, a compareTo against anything but 0, and those past MAX")
        void leftOut() {
            assertThat(Comparisons.of("flag ? a < b : a > b")).isEmpty();
            assertThat(Comparisons.of("a.compareTo(b) < 1 && a.compareTo(b, c) < 0")).singleElement()
                    .extracting(Comparison::left).isEqualTo("a.compareTo(b, c)");
            String ten = "a0 < 1 && a1 < 1 && a2 < 1 && a3 < 1 && a4 < 1 && a5 < 1 && a6 < 1 && a7 < 1 && a8 < 1 && a9 < 1";
            assertThat(Comparisons.of(ten)).hasSize(Comparisons.MAX).extracting(Comparison::left)
                    .containsExactly("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7");
        }

        @Test
        @DisplayName("should find none in an empty or unparsable expression (the compiler reports those)")
        void none() {
            assertThat(Comparisons.of("")).isEmpty();
            assertThat(Comparisons.of("result <")).isEmpty();
            assertThat(Comparisons.of("a < b c")).isEmpty();
            assertThat(Comparisons.of("a < (b = 1)")).isEmpty();
        }
    }

    @Nested
    @DisplayName("should measure how near the edge an observation was")
    class Near {

        private final Comparison cap = new Comparison("result <= cap", "result", "<=", "cap");
        private final Comparison nonNegative = new Comparison("balance >= 0", "balance", ">=", "0");

        @Test
        @DisplayName("should call near a slack within 1% of the larger side: 249.99 under a cap of 250, not 2.50")
        void fraction() {
            assertThat(cap.slack(2.5, 250)).isEqualTo(247.5);
            assertThat(cap.near(2.5, 250)).isFalse();
            assertThat(cap.near(240, 250.5)).isFalse();
            assertThat(cap.near(249.99, 250)).isTrue();
            assertThat(cap.near(250, 250)).isTrue();
        }

        @Test
        @DisplayName("should allow one step between whole numbers: a balance of 1 is at the edge of >= 0, 2 is not")
        void wholeNumbers() {
            assertThat(nonNegative.near(0, 0)).isTrue();
            assertThat(nonNegative.near(1, 0)).isTrue();
            assertThat(nonNegative.near(2, 0)).isFalse();
            assertThat(nonNegative.near(0.5, 0)).isFalse();
        }

        @Test
        @DisplayName("should call a failed comparison near: it crossed the edge")
        void violated() {
            assertThat(cap.slack(260, 250)).isEqualTo(-10);
            assertThat(cap.near(260, 250)).isTrue();
        }
    }
}
