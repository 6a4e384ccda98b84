package dev.invariants.junit.internal.expr.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our expression compiler against javac: every expression of the corpus and of the generator is
 * compiled by both in the same context and evaluated on the same {@link Inputs#COUNT} inputs; any
 * difference (a value, an exception, one compiling what the other rejects) fails the test, listed in
 * full in {@code target/expr-differential/report.txt}. {@code -Ddifftest.seed} and
 * {@code -Ddifftest.generated} change the generated expressions (docs/expression-differential.md).
 */
class JavacDifferentialTests {

    static final long SEED = Long.getLong("difftest.seed", 42);
    static final int GENERATED = Integer.getInteger("difftest.generated", 600);
    static final int MAX_DEPTH = 4;

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("should compile and evaluate every corpus and generated expression as javac does")
    void agreesWithJavac() throws IOException {
        List<Case> cases = new ArrayList<>(Corpus.load());
        cases.addAll(ExpressionGenerator.generate(GENERATED, SEED, MAX_DEPTH));

        Findings findings = DifferentialRun.run(cases, new JavacSide(), new OursSide());

        String summary = findings.summary("javac", "ours");
        Path report = Path.of("target", "expr-differential", "report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n" + findings.listing("javac", "ours", -1), StandardCharsets.UTF_8);
        System.out.println("javac differential (seed " + SEED + "): " + summary);
        assertThat(findings.evaluations).isGreaterThanOrEqualTo((long) findings.evaluatedExpressions * Inputs.COUNT);
        assertThat(findings.disagreements)
                .withFailMessage(() -> "ours disagrees with javac on " + findings.disagreeingExpressions() + " expressions ("
                        + findings.disagreements.size() + " disagreements, all in " + report.toAbsolutePath() + ")\n" + summary
                        + "\n" + findings.listing("javac", "ours", 3))
                .isEmpty();
    }
}
