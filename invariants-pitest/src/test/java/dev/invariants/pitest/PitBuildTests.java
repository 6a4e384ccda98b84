package dev.invariants.pitest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Maven builds of {@code src/it/pit-fees}: PIT 1.30.2 with invariants-pitest in its dependencies, on JUnit
 * 5.14 and on JUnit 6 (where pitest-junit5-plugin 1.2.3 finds no tests). The fixture plants, in {@code Fees}:
 * line 10 {@code amount > 2500}, line 11 {@code return 250}, line 13 {@code amount / 10}, line 17 {@code fee - 5};
 * {@code FeesTest.largeFee} calls {@code fee(10_000)} and asserts nothing.
 */
class PitBuildTests {

    private static final String MUTATORS = "org.pitest.mutationtest.engine.gregor.mutators.";

    @ParameterizedTest(name = "JUnit {0}")
    @DisplayName("should tell, per mutant, whether an invariant or an assertion killed it, and list the survivors")
    @ValueSource(strings = {"5.14.4", "6.1.3"})
    void attributesEveryMutant(String junit) throws Exception {
        PitFixtureBuild build = PitFixtureBuild.copy("pit-fees");

        PitFixtureBuild.Outcome outcome = build.mvn("test-compile", "org.pitest:pitest-maven:1.30.2:mutationCoverage",
                "-Djunit.version=" + junit);

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        String output = outcome.output();
        // PIT ran the three tests through our plugin (pitest-junit5-plugin would find none on JUnit 6).
        assertThat(output).contains("[invariants] 7 mutants: 2 killed only by invariants, 3 only by assertions, 1 by both,"
                + " 0 timed out, 1 survived, 0 without coverage");
        assertThat(lineAfter(output, "[invariants] killed only by invariants:", 2)).satisfiesExactlyInAnyOrder(
                line -> assertThat(line).startsWith("  com.acme.Fees.fee(Fees.java:11) PrimitiveReturnsMutator: ")
                        .endsWith(" <- fee-positive"),
                line -> assertThat(line).startsWith("  com.acme.Fees.fee(Fees.java:13) PrimitiveReturnsMutator: ")
                        .endsWith(" <- fee-positive"));
        assertThat(lineAfter(output, "[invariants] survived:", 1)).singleElement().asString()
                .startsWith("  com.acme.Fees.fee(Fees.java:10) ConditionalsBoundaryMutator: ");
        assertThat(output).contains("[invariants] invariant fee-positive killed 2 mutants, 2 that no assertion killed",
                "[invariants] invariant fee-capped killed 1 mutants, 0 that no assertion killed");

        // The minions' runs over mutants are not the suite's: no invariants report of theirs, no exit warning.
        assertThat(output).doesNotContain("exiting before its test run finished");
        assertThat(build.dir().resolve("target/invariants")).doesNotExist();

        JsonObject file = JsonParser.parseString(Files.readString(
                build.dir().resolve("target/pit-reports/invariants-mutation.json"))).getAsJsonObject();
        assertThat(file.get("fullMutationMatrix").getAsBoolean()).isTrue();
        assertThat(outcomes(file)).containsExactlyInAnyOrder(
                "Fees.fee:10 ConditionalsBoundaryMutator SURVIVED null []",
                "Fees.fee:10 NegateConditionalsMutator KILLED both [fee-capped]",
                "Fees.fee:11 PrimitiveReturnsMutator KILLED invariants [fee-positive]",
                "Fees.fee:13 MathMutator KILLED assertions []",
                "Fees.fee:13 PrimitiveReturnsMutator KILLED invariants [fee-positive]",
                "Fees.discounted:17 MathMutator KILLED assertions []",
                "Fees.discounted:17 PrimitiveReturnsMutator KILLED assertions []");
        JsonObject planted = mutant(file, 11);
        assertThat(planted.get("mutator").getAsString()).isEqualTo(MUTATORS + "returns.PrimitiveReturnsMutator");
        assertThat(planted.getAsJsonArray("killingTests")).singleElement().extracting(JsonElement::getAsString)
                .isEqualTo("com.acme.FeesTest.[engine:junit-jupiter]/[class:com.acme.FeesTest]/[method:largeFee()]");
    }

    private static List<String> lineAfter(String output, String header, int count) {
        List<String> lines = output.lines().toList();
        int at = lines.indexOf(header);
        assertThat(at).as("the line %s in%n%s", header, output).isNotNegative();
        return lines.subList(at + 1, Math.min(lines.size(), at + 1 + count));
    }

    private static List<String> outcomes(JsonObject file) {
        List<String> outcomes = new ArrayList<>();
        for (JsonElement element : file.getAsJsonArray("mutants")) {
            JsonObject m = element.getAsJsonObject();
            String mutator = m.get("mutator").getAsString();
            outcomes.add(m.get("class").getAsString().replace("com.acme.", "") + "." + m.get("method").getAsString()
                    + ":" + m.get("line").getAsInt() + " " + mutator.substring(mutator.lastIndexOf('.') + 1) + " "
                    + m.get("status").getAsString() + " "
                    + (m.get("killedBy").isJsonNull() ? "null" : m.get("killedBy").getAsString()) + " "
                    + m.getAsJsonArray("invariants").asList().stream().map(JsonElement::getAsString).toList());
        }
        return outcomes;
    }

    private static JsonObject mutant(JsonObject file, int line) {
        for (JsonElement m : file.getAsJsonArray("mutants")) {
            if (m.getAsJsonObject().get("line").getAsInt() == line) {
                return m.getAsJsonObject();
            }
        }
        throw new AssertionError("no mutant at line " + line);
    }
}
