package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.sideeffects.Basket;
import dev.invariants.junit.fixtures.sideeffects.BasketTestCase;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Expressions that change state are warned about when their class's checks are compiled, naming the calls;
 * expressions that only read (JDK reading methods, the class's own reading helpers, streams) are not.
 */
@DisplayName("Invariants with side effects")
class SideEffectTests {

    private static final String AT = "[invariants] WARNING @Invariant %s on " + Basket.class.getName() + ".";

    private static FixtureRunResult result;
    private static String warnings;
    private static ReportFiles report;

    @BeforeAll
    static void run() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream previous = Warnings.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Path dir = Files.createTempDirectory("side-effects");
            result = FixtureRun.of(BasketTestCase.class).configuration("invariants.report.dir", dir.toString())
                    .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.sideeffects").execute();
            report = ReportFiles.read(dir);
        } finally {
            Warnings.redirect(previous);
        }
        warnings = captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("should warn about a collection mutated in post or in pre, naming the call")
    void collections() {
        assertThat(warnings).contains(AT.formatted("basket-adds-ghost") + "put(Basket.java:")
                .contains("attribute `post`: [items.add(\"ghost\")] calls java.util.List.add, which is not known to be free"
                        + " of side effects");
        assertThat(warnings).contains(AT.formatted("basket-removes-in-pre") + "drop(Basket.java:")
                .contains("attribute `pre`: [!items.remove(item)] calls java.util.List.remove, which is not known");
    }

    @Test
    @DisplayName("should warn about the class's own method that writes a field, and a JDK method off the list")
    void ownWriterAndJdk() {
        assertThat(warnings).contains("[tally() > 0 && seen.incrementAndGet() > 0] calls " + Basket.class.getName()
                + ".tally, java.util.concurrent.atomic.AtomicInteger.incrementAndGet, which are not known");
    }

    @Test
    @DisplayName("should judge an interface contract's query by each implementation's body")
    void interfaceContract() {
        String gauge = "WARNING @Invariant gauge-bump";
        assertThat(Arrays.stream(warnings.split("\n")).filter(line -> line.contains(gauge))).singleElement()
                .asString().contains("[value() == old(value()) + 1] calls dev.invariants.junit.fixtures.sideeffects.Gauge.value"
                        + " (as dev.invariants.junit.fixtures.sideeffects.Gauge$Counting implements it), which is not known");
        assertThat(warnings).doesNotContain("Gauge$Plain");
    }

    @Test
    @DisplayName("should not warn about reading: JDK reading methods, own readers, streams, method references, old, an abstract query")
    void readers() {
        assertThat(warnings).doesNotContain("basket-reads").doesNotContain("tariff-net");
        assertThat(report.invariant("tariff-net").get("status").getAsString()).isEqualTo("checked");
        assertThat(Arrays.stream(warnings.split("\n")).filter(line -> line.contains("WARNING @Invariant basket-")))
                .hasSize(3);
    }

    @Test
    @DisplayName("should keep no boundary evidence of a side that changes state (it would run a second time), only of readers")
    void evidenceOfReadersOnly() {
        JsonObject bumps = report.invariant("basket-bumps");
        assertThat(bumps.getAsJsonArray("boundaries")).hasSize(2).allSatisfy(each ->
                assertThat(each.getAsJsonObject().get("closest").isJsonNull()).isTrue());
        JsonObject label = report.invariant("basket-reads").getAsJsonArray("boundaries").get(0).getAsJsonObject();
        assertThat(label.get("comparison").getAsString()).isEqualTo("label(item).length() >= 0");
        assertThat(label.getAsJsonObject("closest").get("left").getAsDouble()).isEqualTo("apple".length());
    }

    @Test
    @DisplayName("should check the invariants all the same")
    void checked() {
        assertThat(result.failures()).isEmpty();
        assertThat(result.test("everyMember()").successful()).isTrue();
        assertThat(result.test("gauges()").successful()).isTrue();
    }
}
