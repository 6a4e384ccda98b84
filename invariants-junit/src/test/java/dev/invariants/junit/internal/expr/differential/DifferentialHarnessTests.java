package dev.invariants.junit.internal.expr.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The differential test's own machinery: the javac oracle computes what plain Java computes, and a wrong compiler is caught. */
class DifferentialHarnessTests {

    private static List<Case> corpus;
    private static Map<Case, Compiled> byJavac;

    @BeforeAll
    static void compileCorpus() {
        corpus = Corpus.load();
        byJavac = new JavacSide().compile(corpus);
    }

    @Nested
    @DisplayName("the javac oracle")
    class Oracle {

        @Test
        @DisplayName("should evaluate int division, remainder and shifts as plain Java on every input")
        void arithmetic() {
            JavacSide javac = new JavacSide();
            Case divide = new Case("t", "t", "ints", "a / b");
            Case remainder = new Case("t", "t", "ints", "a % b");
            Case shift = new Case("t", "t", "ints", "a >>> b << c");
            Map<Case, Compiled> compiled = javac.compile(List.of(divide, remainder, shift));
            Method ints = Contexts.method("ints");
            int zeroDivisors = 0;
            for (int index = 0; index < Inputs.COUNT; index++) {
                Object[] tuple = Inputs.tuple(ints, index, javac.purse());
                int a = (Integer) tuple[0];
                int b = (Integer) tuple[1];
                int c = (Integer) tuple[2];
                if (b == 0) {
                    zeroDivisors++;
                    assertThat(compiled.get(divide).evaluate(tuple).thrown()).isEqualTo(ArithmeticException.class);
                    assertThat(compiled.get(remainder).evaluate(tuple).thrown()).isEqualTo(ArithmeticException.class);
                } else {
                    assertThat(compiled.get(divide).evaluate(tuple).value()).isEqualTo(a / b);
                    assertThat(compiled.get(remainder).evaluate(tuple).value()).isEqualTo(a % b);
                }
                assertThat(compiled.get(shift).evaluate(tuple).value()).isEqualTo(a >>> b << c);
            }
            assertThat(zeroDivisors).isPositive();
        }

        @Test
        @DisplayName("should give the JLS values of the classic corners, boxed as javac boxes them")
        void corners() {
            assertThat(valueOf("none", "true ? Integer.valueOf(1) : Double.valueOf(2)")).isEqualTo(1.0);
            assertThat(valueOf("none", "\"a\" + \"b\" == \"ab\"")).isEqualTo(true);
            assertThat(valueOf("none", "\"a\" + null == \"anull\"")).isEqualTo(false);
            assertThat(valueOf("none", "Integer.valueOf(128) == Integer.valueOf(128)")).isEqualTo(false);
            assertThat(valueOf("none", "(byte) 200")).isEqualTo((byte) -56);
            assertThat(valueOf("none", "(char) -1")).isEqualTo('\uffff');
            assertThat(valueOf("none", "(long) Double.NaN")).isEqualTo(0L);
            assertThat(valueOf("none", "Integer.MIN_VALUE / -1")).isEqualTo(Integer.MIN_VALUE);
            assertThat(valueOf("none", "1 << 33")).isEqualTo(2);
        }

        @Test
        @DisplayName("should read this purse's and another purse's private fields in its own copy of Purse")
        void instanceContexts() {
            JavacSide javac = new JavacSide();
            Case sum = new Case("t", "t", "transfer", "balance + other.balance + fee(amount)");
            Compiled compiled = javac.compile(List.of(sum)).get(sum);
            Object[] tuple = Inputs.tuple(Contexts.method("transfer"), 0, javac.purse());

            long expected = balance(tuple[0]) + balance(tuple[1]) + (Long) tuple[2] / 100 + 3;
            assertThat(compiled.evaluate(tuple).value()).isEqualTo(expected);
            assertThat(javac.purse()).isNotEqualTo(Purse.class);
            assertThat(javac.purse().getName()).isEqualTo(Purse.class.getName());
        }

        @Test
        @DisplayName("should reject what javac rejects, syntax and types, and still compile the expressions around it")
        void rejections() {
            JavacSide javac = new JavacSide();
            Case before = new Case("t", "t", "ints", "a + 1");
            Case syntax = new Case("t", "t", "ints", "(a + b");
            Case type = new Case("t", "t", "ints", "a + true");
            Case after = new Case("t", "t", "ints", "a - 1");
            Map<Case, Compiled> compiled = javac.compile(List.of(before, syntax, type, after));
            Object[] tuple = Inputs.tuple(Contexts.method("ints"), 5, javac.purse());

            assertThat(compiled.get(syntax).rejection()).contains("')' expected");
            assertThat(compiled.get(type).rejection()).contains("bad operand types");
            assertThat(compiled.get(before).evaluate(tuple).value()).isEqualTo((Integer) tuple[0] + 1);
            assertThat(compiled.get(after).evaluate(tuple).value()).isEqualTo((Integer) tuple[0] - 1);
        }

        private Object valueOf(String context, String expression) {
            JavacSide javac = new JavacSide();
            Case one = new Case("t", "t", context, expression);
            return javac.compile(List.of(one)).get(one).evaluate(new Object[0]).value();
        }

        private long balance(Object purse) {
            try {
                return (Long) purse.getClass().getMethod("balance").invoke(purse);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Nested
    @DisplayName("the corpus and the generator")
    class Expressions {

        @Test
        @DisplayName("should have at least 500 expressions, javac rejecting exactly those of the rejected sections")
        void corpus() {
            assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
            List<Case> misfiled = new ArrayList<>();
            for (Case each : corpus) {
                boolean rejected = byJavac.get(each).rejection() != null;
                if (!each.outside() && rejected != each.section().startsWith("rejected")) {
                    misfiled.add(each);
                }
            }
            assertThat(misfiled).isEmpty();
            assertThat(corpus.stream().map(Case::section).distinct().count()).isGreaterThan(30);
        }

        @Test
        @DisplayName("should generate distinct expressions javac compiles, the same ones for the same seed")
        void generator() {
            List<Case> generated = ExpressionGenerator.generate(300, 7, 4);
            Map<Case, Compiled> compiled = new JavacSide().compile(generated);

            long rejected = generated.stream().filter(each -> compiled.get(each).rejection() != null).count();
            assertThat(generated).hasSize(300);
            assertThat(generated.stream().map(Case::expression).distinct().count()).isEqualTo(300);
            assertThat(rejected).isLessThan(10);
            assertThat(texts(ExpressionGenerator.generate(300, 7, 4))).isEqualTo(texts(generated));
            assertThat(texts(ExpressionGenerator.generate(300, 8, 4))).isNotEqualTo(texts(generated));
            assertThat(generated.stream().map(Case::section).distinct().count()).isEqualTo(ExpressionGenerator.Sort.values().length);
        }

        private List<String> texts(List<Case> cases) {
            return cases.stream().map(Case::expression).collect(Collectors.toList());
        }
    }

    @Nested
    @DisplayName("the comparison")
    class Comparison {

        @Test
        @DisplayName("should tell NaN, -0.0, box classes, array contents and exception classes apart")
        void outcomes() {
            assertThat(Outcome.of(Double.NaN).agrees(Outcome.of(0.0 / 0))).isTrue();
            assertThat(Outcome.of(0.0).agrees(Outcome.of(-0.0))).isFalse();
            assertThat(Outcome.of(0.0f).agrees(Outcome.of(-0.0f))).isFalse();
            assertThat(Outcome.of(1).agrees(Outcome.of(1L))).isFalse();
            assertThat(Outcome.of('a').agrees(Outcome.of(97))).isFalse();
            assertThat(Outcome.of(new int[] {1, 2}).agrees(Outcome.of(new int[] {1, 2}))).isTrue();
            assertThat(Outcome.of(new int[] {1, 2}).agrees(Outcome.of(new long[] {1, 2}))).isFalse();
            assertThat(Outcome.of(new String[] {"a"}).agrees(Outcome.of(new Object[] {"a"}))).isFalse();
            assertThat(Outcome.of(new StringBuilder("x")).agrees(Outcome.of(new StringBuilder("y")))).isFalse();
            assertThat(Outcome.threw(new ArithmeticException()).agrees(Outcome.threw(new ArithmeticException("x")))).isTrue();
            assertThat(Outcome.threw(new ArithmeticException()).agrees(Outcome.threw(new NullPointerException()))).isFalse();
            assertThat(Outcome.threw(new ArithmeticException()).agrees(Outcome.of(null))).isFalse();
        }

        @Test
        @DisplayName("should find no disagreement between javac and javac over half the corpus")
        void javacAgreesWithItself() {
            // Every other expression: enough to show the inputs are the same on both sides, in half the time.
            List<Case> inside = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i += 2) {
                if (!corpus.get(i).outside()) {
                    inside.add(corpus.get(i));
                }
            }

            Findings findings = DifferentialRun.run(inside, new JavacSide(), new JavacSide());

            assertThat(findings.disagreements).isEmpty();
            assertThat(findings.evaluations).isEqualTo((long) findings.evaluatedExpressions * Inputs.COUNT);
            assertThat(findings.rejectedByBoth).isPositive();
        }

        @Test
        @DisplayName("should catch a compiler that computes another value, rejects valid code or accepts invalid code")
        void wrongCompilers() {
            Case plus = new Case("t", "t", "ints", "a + b");
            Case valid = new Case("t", "t", "strings", "s.length()");
            Case invalid = new Case("t", "t", "ints", "a + true");
            Case outside = new Case("t", "t", "ints", "a++", true);
            List<Case> cases = List.of(plus, valid, invalid, outside);

            Findings subtracting = DifferentialRun.run(cases, new JavacSide(), rewriting(text -> text.replace("+", "-")));
            Findings accepting = DifferentialRun.run(cases, new JavacSide(), rewriting(text -> text.replace("true", "1")));

            assertThat(subtracting.disagreements).extracting(Findings.Disagreement::expression).contains(plus, outside)
                    .doesNotContain(valid, invalid);
            assertThat(subtracting.disagreements.stream().filter(each -> each.expression() == plus).count()).isGreaterThan(100);
            assertThat(accepting.disagreements).extracting(Findings.Disagreement::expression).contains(invalid, outside)
                    .doesNotContain(plus, valid);
        }

        /** javac on each expression rewritten: a compiler that gets some expressions wrong. */
        private Side rewriting(UnaryOperator<String> rewrite) {
            JavacSide javac = new JavacSide();
            return new Side() {
                @Override
                public String name() {
                    return "rewriting";
                }

                @Override
                public Map<Case, Compiled> compile(List<Case> cases) {
                    List<Case> rewritten = new ArrayList<>();
                    for (Case each : cases) {
                        rewritten.add(new Case(each.origin(), each.section(), each.context(), rewrite.apply(each.expression())));
                    }
                    Map<Case, Compiled> compiled = javac.compile(rewritten);
                    Map<Case, Compiled> byOriginal = new IdentityHashMap<>();
                    for (int i = 0; i < cases.size(); i++) {
                        byOriginal.put(cases.get(i), compiled.get(rewritten.get(i)));
                    }
                    return byOriginal;
                }

                @Override
                public Class<?> purse() {
                    return javac.purse();
                }
            };
        }
    }
}
