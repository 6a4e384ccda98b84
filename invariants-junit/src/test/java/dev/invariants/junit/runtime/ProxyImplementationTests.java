package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.proxies.ProxyTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interface contracts are checked on {@code java.lang.reflect.Proxy} implementations; Mockito mocks stay unchecked. */
class ProxyImplementationTests {

    @TempDir
    Path reportDir;

    private FixtureRunResult result;
    private ReportFiles report;

    @BeforeEach
    void run() {
        result = FixtureRun.of(ProxyTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.build-id", "proxy-tests")
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.proxies")
                .execute();
        report = ReportFiles.read(reportDir);
    }

    @Test
    @DisplayName("should fail the test whose call through a JDK proxy breaks the interface's contract")
    void violationThroughAProxy() {
        assertThat(result.test("findsTooManyThroughAProxy()").failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessageStartingWith("Invariant [orders-page-bounded] violated: post does not hold\n"
                        + "  at dev.invariants.junit.fixtures.proxies.Orders.findByStatus(Orders.java)");
        assertThat(result.test("findsThroughAProxy()").successful()).isTrue();
    }

    @Test
    @DisplayName("should credit the check to the test that called the proxy, and not check a Mockito mock")
    void attribution() {
        JsonObject invariant = report.invariant("orders-page-bounded");
        assertThat(invariant.get("status").getAsString()).isEqualTo("violated");
        assertThat(invariant.getAsJsonObject("counts").get("passed").getAsLong()).isEqualTo(1);
        assertThat(invariant.getAsJsonObject("counts").get("violated").getAsLong()).isEqualTo(1);
        assertThat(report.test("findsThroughAProxy()").getAsJsonArray("invariants").toString())
                .contains("orders-page-bounded");
        assertThat(report.invariant("orders-named-shortly").get("status").getAsString()).isEqualTo("checked");
        assertThat(report.summary().get("broken").getAsInt()).isZero();
        assertThat(result.test("findsThroughAMock()").successful()).isTrue();
        assertThat(report.test("findsThroughAMock()").getAsJsonArray("invariants")).isEmpty();
    }
}
