package dev.invariants.report.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.report.Counts;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ids as people count them, in the report's order (and so the page's grid) and in the comparator itself. */
class NaturalOrderTests {

    @Test
    @DisplayName("should order ids declared on one line by their numbers: calc-2 before calc-10")
    void reportOrder() {
        List<ReportInvariant> invariants = new ArrayList<>();
        for (String id : List.of("calc-10", "calc-2", "calc-1", "calc-b", "calc-a")) {
            invariants.add(new ReportInvariant(id, "method", "com.acme.Calc", "add(int)", "Calc.java:7", "true",
                    "result >= 0", List.of(), "", Counts.ZERO, List.of()));
        }

        Report merged = Merge.withTotals(new Report("b", true, 1, invariants, List.of(), List.of(), Map.of()));

        assertThat(merged.invariants()).extracting(ReportInvariant::id)
                .containsExactly("calc-1", "calc-2", "calc-10", "calc-a", "calc-b");
    }

    @Test
    @DisplayName("should compare runs of digits by value, of any length, and keep a total order")
    void comparator() {
        List<String> ids = new ArrayList<>(List.of("v1.10", "v1.9", "x", "step-99999999999999999999", "step-100000000000000000000",
                "step-007", "step-7", "step-", "v1.9.1"));

        ids.sort(NaturalOrder.INSTANCE);

        assertThat(ids).containsExactly("step-", "step-007", "step-7", "step-99999999999999999999",
                "step-100000000000000000000", "v1.9", "v1.9.1", "v1.10", "x");
    }
}
