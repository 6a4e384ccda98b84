package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.testkit.ForkedJvm;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shaded jar in a JVM with the other agents and libraries real projects have. */
class CoexistenceShadedJarTests {

    private static final String MAIN = "dev.invariants.junit.testkit.ForkedMain";

    @Test
    @DisplayName("should reuse Mockito's instrumentation when Mockito is the -javaagent, attaching nothing itself")
    void mockitoAsJavaAgent() throws Exception {
        // DisableAttachMechanism: any dynamic attach (ours or Byte Buddy's) would fail, so passing proves reuse.
        ForkedJvm.Outcome run = ForkedJvm.dropping(name -> false)
                .option("-javaagent:" + ForkedJvm.entry("mockito-core")).option("-XX:+DisableAttachMechanism")
                .prepend(ForkedJvm.entry("byte-buddy-agent"))
                .runMain(MAIN, "dev.invariants.junit.fixtures.mockito.MockitoTestCase");

        assertThat(run.output()).contains("### mockIsNeverChecked() SUCCESSFUL", "### spyStubbedAndVerified() SUCCESSFUL",
                "### spyIsCheckedOnRealCalls() FAILED",
                "InvariantViolationError: Invariant [pay-keeps-balance] violated: post does not hold")
                .doesNotContain("cannot obtain").doesNotContain("loaded dynamically");
    }

    @Test
    @DisplayName("should leave a user's own, older Byte Buddy alone and check the classes it generates")
    void usersOwnByteBuddy() throws Exception {
        Path userByteBuddy = ForkedJvm.COMPAT.resolve("user-byte-buddy.jar");
        ForkedJvm.Outcome run = ForkedJvm.dropping(name -> name.startsWith("byte-buddy") || name.startsWith("mockito"))
                .prepend(userByteBuddy)
                .runMain(MAIN, "dev.invariants.junit.fixtures.coexist.UserByteBuddyTestCase");

        assertThat(run.output()).contains("user Byte Buddy: " + userByteBuddy.toUri().toURL())
                .contains("### generatesASubclassWithItsOwnByteBuddy() SUCCESSFUL",
                        "### violatesThroughTheGeneratedSubclass() FAILED",
                        "InvariantViolationError: Invariant [premium-fee-cap] violated: post does not hold");
        assertThat(System.getProperty("invariants.userByteBuddyVersion")).isNotEqualTo(net.bytebuddy.ByteBuddy.class
                .getPackage().getImplementationVersion());
    }

    @Test
    @DisplayName("should check invariants next to JaCoCo's agent, and JaCoCo should still record the original classes")
    void jacocoAgent() throws Exception {
        Path exec = Files.createTempDirectory("jacoco").resolve("jacoco.exec");
        ForkedJvm.Outcome run = ForkedJvm.dropping(name -> false)
                .option("-javaagent:" + ForkedJvm.COMPAT.resolve("org.jacoco.agent-runtime.jar") + "=destfile=" + exec)
                .runMain(MAIN, "dev.invariants.junit.fixtures.method.FeeCalculatorTestCase");

        assertThat(run.output()).contains("### capsPremiumFees() SUCCESSFUL", "### exceedsTheCapForHugePremiumAmounts() FAILED",
                "InvariantViolationError: Invariant [premium-fee-cap] violated: post does not hold");
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(exec.toFile());
        List<ExecutionData> recorded = loader.getExecutionDataStore().getContents().stream()
                .filter(d -> d.getName().equals("dev/invariants/junit/fixtures/method/FeeCalculator")).toList();
        assertThat(recorded).as("JaCoCo recorded FeeCalculator").hasSize(1);
        ExecutionData data = recorded.get(0);
        // The id JaCoCo's report matches against the class file on disk: the class it saw was the original.
        try (InputStream original = getClass().getResourceAsStream("/dev/invariants/junit/fixtures/method/FeeCalculator.class")) {
            assertThat(data.getId()).isEqualTo(CRC64.classId(original.readAllBytes()));
        }
        List<Boolean> probes = new ArrayList<>();
        for (boolean probe : data.getProbes()) {
            probes.add(probe);
        }
        // calculateFee ran for every tier: most probes hit, and not every one (the negative-amount branch never ran).
        assertThat(probes).contains(true, false);
    }
}
