package dev.invariants.examples.generated;

import dev.invariants.examples.planted.BuggyJournal;
import dev.invariants.examples.planted.BuggyRefundablePayment;
import dev.invariants.examples.planted.BuggySettlementBatch;
import dev.invariants.examples.planted.Journal;
import dev.invariants.examples.planted.RefundablePayment;
import dev.invariants.examples.planted.SettlementBatch;
import dev.invariants.property.InvariantProperties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * What a user writes to get generated tests: one line per class. Run by {@code GeneratedTestsFindPlantedBugsTests}
 * (the buggy classes must fail, so this fixture is not part of the build's own test run).
 */
public class PlantedBugsTestCase {

    @TestFactory
    Stream<DynamicNode> buggyRefundablePayment() {
        return InvariantProperties.of(BuggyRefundablePayment.class);
    }

    @TestFactory
    Stream<DynamicNode> refundablePayment() {
        return InvariantProperties.of(RefundablePayment.class);
    }

    @TestFactory
    Stream<DynamicNode> buggySettlementBatch() {
        return InvariantProperties.of(BuggySettlementBatch.class);
    }

    @TestFactory
    Stream<DynamicNode> settlementBatch() {
        return InvariantProperties.of(SettlementBatch.class);
    }

    @TestFactory
    Stream<DynamicNode> buggyJournal() {
        return InvariantProperties.of(BuggyJournal.class);
    }

    @TestFactory
    Stream<DynamicNode> journal() {
        return InvariantProperties.of(Journal.class);
    }
}
