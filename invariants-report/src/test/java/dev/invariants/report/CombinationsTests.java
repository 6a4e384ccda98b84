package dev.invariants.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.report.internal.merge.Merge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code combinations} field as docs/report-format.md describes it: read, derived, merged across JVMs. */
class CombinationsTests {

    /** One JVM's part: a BASIC smoker, PLUS and FAMILY non-smokers; FAMILY with a smoker seen only with pre false. */
    private static final String FIRST = """
            {"schema": "dev.invariants.report/1", "build": "b", "parts": 1, "assertionsCounted": true,
             "invariants": [
              {"id": "premium-positive", "kind": "method", "owner": "com.acme.Premiums",
               "member": "premium(com.acme.Plan,boolean)", "source": "Premiums.java:9", "pre": "ok", "post": "result > 0",
               "raises": [], "counts": {"preHeld": 1, "preFailed": 1, "passed": 1, "violated": 0, "threw": 0, "broken": 0},
               "combinations": {"covered": 0, "possible": 0, "missing": [], "inputs": ["plan", "smoker"],
                "tried": [{"plan": "BASIC", "smoker": true}, {"plan": "BASIC", "smoker": false},
                          {"plan": "PLUS", "smoker": false}, {"plan": "FAMILY", "smoker": false}],
                "excludedByPre": [{"plan": "FAMILY", "smoker": true}]}}],
             "tests": [{"id": "t1", "className": "com.acme.PremiumsTests", "name": "one()", "status": "SUCCESSFUL",
               "assertions": 1, "evaluations": {"premium-positive": {"preFailed": 1, "passed": 1, "violated": 0,
               "threw": 0, "broken": 0}}}],
             "containers": [], "unattributed": {}, "missing": []}
            """;

    @TempDir
    Path dir;

    private Report read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return ReportReader.read(file);
    }

    @Test
    @DisplayName("should derive covered, possible and missing from the pairs, leaving out those seen only with pre false")
    void derived() throws IOException {
        Combinations combinations = read("a.json", FIRST).invariants().get(0).combinations();

        // plan: 3 classes tried, smoker: 2 -> 6 pairs, one of them seen only with pre false (not possible).
        assertThat(combinations.covered()).isEqualTo(4);
        assertThat(combinations.possible()).isEqualTo(5);
        assertThat(combinations.missing()).containsExactly(new Combinations.Pair("plan", "PLUS", "smoker", "true"));
    }

    @Test
    @DisplayName("should unite two JVMs' pairs: a pair tried in one is no longer excluded or missing")
    void merged() throws IOException {
        String second = FIRST.replace("\"tried\": [{\"plan\": \"BASIC\", \"smoker\": true},",
                "\"tried\": [{\"plan\": \"FAMILY\", \"smoker\": true},").replace("\"id\": \"t1\"", "\"id\": \"t2\"");
        Report merged = Merge.merge("b", List.of(read("a.json", FIRST), read("b.json", second)));

        Combinations combinations = merged.invariants().get(0).combinations();
        assertThat(combinations.excluded()).isEmpty();
        assertThat(combinations.covered()).isEqualTo(5);
        assertThat(combinations.missing()).containsExactly(new Combinations.Pair("plan", "PLUS", "smoker", "true"));
        assertThat(Signals.of(merged, merged.invariants().get(0))).extracting(Signal::message).contains(
                "5 of 6 pairs of inputs tried together with [ok] held; never tried: plan = PLUS with smoker = true");
    }
}
