package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.property.fixtures.WarehouseTestCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Preconditions that depend on the object's state, on the real runtime: a class with only a no-argument constructor
 * whose {@code ship(qty)} needs {@code qty <= reserved}, raised by {@code reserve(qty)}. Receivers are brought into
 * that state by generated calls, which the counterexample shows.
 */
class ReceiverStateTests {

    @Test
    @DisplayName("should build the receiver's state with generated calls, rejecting almost nothing, and show them")
    void stateDependentPreconditions() {
        FixtureSession session = FixtureSession.run(WarehouseTestCase.class);

        // the twin without the bug: checked, 200 valid inputs, and at most one in ten rejected (before: all of them)
        assertThat(session.result("correct-ship-releases · ship(int)").getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        JsonObject generated = GeneratedPropertiesTests.invariant(session.report(), "correct-ship-releases")
                .getAsJsonObject("generated");
        assertThat(generated.get("tries").getAsLong() - generated.get("rejected").getAsLong()).isEqualTo(200);
        assertThat(generated.get("rejectedShare").getAsDouble()).isLessThanOrEqualTo(0.1);
        assertThat(GeneratedPropertiesTests.invariant(session.report(), "correct-ship-releases").get("status").getAsString())
                .isEqualTo("checked");

        // the planted bug needs everything reserved shipped, more than one: reserve(2), then ship(2)
        TestExecutionResult failed = session.result("ship-releases · ship(int)");
        assertThat(failed.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(session.message("ship-releases · ship(int)"))
                .startsWith("[ship-releases] violated by a generated input\n"
                        + "\tat dev.invariants.property.fixtures.Warehouse.ship(Warehouse.java:20)\n"
                        + "\tcounterexample:\n"
                        + "\t  warehouse = [Warehouse[reserved=0]]\n"
                        + "\t  warehouse.reserve(2);\n"
                        + "\t  qty = [2]\n")
                .endsWith("\tcause: InvariantViolationError: Invariant [ship-releases] violated: post does not hold");
    }
}
