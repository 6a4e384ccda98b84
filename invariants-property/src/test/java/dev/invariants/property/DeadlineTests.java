package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.property.fixtures.Powers;
import dev.invariants.property.fixtures.PowersTestCase;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * A generated test never hangs the build: on the real runtime, a fixture whose method never returns on large inputs
 * (as {@code BigInteger.pow} with an extreme exponent computes for minutes) is reported {@code too-slow} with its
 * input, and the session ends.
 */
class DeadlineTests {

    @AfterEach
    void release() {
        Powers.release();
    }

    @Test
    @DisplayName("should report a try that never returns as too-slow, with its input, and go on")
    void tooSlow() {
        long start = System.nanoTime();
        FixtureSession session = FixtureSession.run(Map.of("invariants.property.deadline", "200ms"), PowersTestCase.class);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // without deadlines the session would never end; with them each property leaves at most three tries behind, each
        // found out after 200 ms of its CPU time (at most 2 s of wall-clock time on a loaded machine)
        assertThat(took).isLessThan(Duration.ofSeconds(120));
        TestExecutionResult method = session.result("power-non-negative · twoToThe(int)");
        assertThat(method.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        String message = session.message("power-non-negative · twoToThe(int)");
        assertThat(message).startsWith("[power-non-negative] health check too-slow: a generated input still ran after its"
                        + " deadline [200ms] and was left behind\n"
                        + "\tat dev.invariants.property.fixtures.Powers.twoToThe(Powers.java:17)\n"
                        + "\tinput:\n"
                        + "\t  powers = [")
                .containsPattern("\t\\[\\d\\] generated tr(y|ies) ran past the deadline; the run went on without (it|them)\n")
                .contains("\treplay: -Dinvariants.property.seed=20240229\n")
                .endsWith("\traise invariants.property.deadline, bound the arguments in pre");
        Matcher exponent = Pattern.compile("\t  exponent = \\[(-?\\d+)]\n").matcher(message);
        assertThat(exponent.find()).as(message).isTrue();
        assertThat(Long.parseLong(exponent.group(1))).isGreaterThan(10_000);
        // the run went on after the slow tries: the report counts the inputs that did finish
        JsonObject generated = GeneratedPropertiesTests.invariant(session.report(), "power-non-negative")
                .getAsJsonObject("generated");
        assertThat(generated.get("tries").getAsLong()).isGreaterThan(3);

        String sequence = session.message("powers-counted · call sequences");
        assertThat(sequence).startsWith("[powers-counted] health check too-slow: a generated call sequence still ran after"
                        + " its deadline [200ms] and was left behind\n"
                        + "\tat dev.invariants.property.fixtures.Powers.<init>(Powers.java:11)\n"
                        + "\tinput:\n"
                        + "\t  powers = new Powers();\n")
                .endsWith(", or leave the call sequences out (invariants.property.sequences.skip)");
        Matcher last = Pattern.compile("\t  powers\\.twoToThe\\((-?\\d+)\\);\n\t\\[").matcher(sequence);
        assertThat(last.find()).as(sequence).isTrue();
        assertThat(Long.parseLong(last.group(1))).isGreaterThan(10_000);
    }

    @Test
    @DisplayName("should leave call sequences out for a listed class, or for every class, and say so on the skipped node")
    void sequencesLeftOut() {
        FixtureSession listed = FixtureSession.run(Map.of("invariants.property.sequences.skip",
                "com.acme.Other, dev.invariants.property.fixtures.Powers", "invariants.property.deadline", "200ms"),
                PowersTestCase.class);

        assertThat(listed.result("powers-counted · call sequences").getStatus()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(listed.message("powers-counted · call sequences")).isEqualTo("[powers-counted] call sequences left out by"
                + " invariants.property.sequences.skip (dev.invariants.property.fixtures.Powers)\n"
                + "\tat dev.invariants.property.fixtures.Powers.<init>(Powers.java:11)\n"
                + "\tthis type invariant is checked only by the other tests");

        FixtureSession everywhere = FixtureSession.run(Map.of("invariants.property.sequences", "false",
                "invariants.property.deadline", "200ms"), PowersTestCase.class);
        assertThat(everywhere.message("powers-counted · call sequences"))
                .startsWith("[powers-counted] call sequences left out by invariants.property.sequences=false\n");
    }
}
