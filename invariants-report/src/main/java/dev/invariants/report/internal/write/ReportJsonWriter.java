package dev.invariants.report.internal.write;

import dev.invariants.report.BoundaryEvidence;
import dev.invariants.report.Combinations;
import dev.invariants.report.CheckedBy;
import dev.invariants.report.Counts;
import dev.invariants.report.BaselineDelta;
import dev.invariants.report.GateRule;
import dev.invariants.report.Generated;
import dev.invariants.report.Report;
import dev.invariants.report.ReportInvariant;
import dev.invariants.report.ReportTest;
import dev.invariants.report.Signal;
import dev.invariants.report.Signals;
import dev.invariants.report.Summary;
import dev.invariants.report.Swallowed;
import dev.invariants.report.Violation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Report} as {@code invariants.json} ({@value Report#SCHEMA}), the format docs/report-format.md
 * documents; {@link dev.invariants.report.ReportReader} reads it back.
 */
public final class ReportJsonWriter {

    private ReportJsonWriter() {}

    public static String write(Report report) {
        Summary summary = report.summary();
        JsonWriter json = new JsonWriter().beginObject();
        json.name("schema").value(Report.SCHEMA);
        json.name("build").value(report.build());
        json.name("parts").value(report.parts());
        json.name("assertionsCounted").value(report.assertionsCounted());
        json.name("summary").beginObject()
                .name("declared").value(summary.declared())
                .name("checked").value(summary.checked())
                .name("unchecked").value(summary.unchecked())
                .name("violated").value(summary.violated())
                .name("broken").value(summary.broken())
                .name("coverage").value(summary.coverage())
                .name("tests").value(summary.tests())
                .name("vacuousTests").value(summary.vacuousTests())
                .name("unattributedEvaluations").value(summary.unattributedEvaluations())
                .name("notNullOnlyTests").value(summary.notNullOnlyTests())
                .name("unverifiedClaims").value(summary.unverifiedClaims())
                .name("claimErrors").value(summary.claimErrors())
                .name("happyPathOnly").value(summary.happyPathOnly())
                .name("farFromBoundary").value(summary.farFromBoundary())
                .name("mockedAway").value(summary.mockedAway())
                .name("couldNotBeFalsified").value(summary.couldNotBeFalsified())
                .name("swallowedViolations").value(summary.swallowedViolations())
                .name("checkedOnlyOutsideTests").value(summary.checkedOnlyOutsideTests())
                .name("checkedByWrittenTests").value(summary.checkedByWrittenTests())
                .name("checkedByGeneratedTests").value(summary.checkedByGeneratedTests())
                .endObject();
        json.name("invariants").beginArray();
        ReportIndex index = ReportIndex.of(report);
        Map<ReportInvariant, java.util.List<Swallowed>> swallowed = new java.util.IdentityHashMap<>();
        report.swallowed().forEach(s -> swallowed.computeIfAbsent(s.invariant(), k -> new java.util.ArrayList<>()).add(s));
        for (ReportInvariant invariant : report.invariants()) {
            writeInvariant(json, report, index, invariant, swallowed.getOrDefault(invariant, java.util.List.of()));
        }
        json.endArray();
        json.name("tests").beginArray();
        report.tests().forEach(t -> writeTest(json, t, report, true));
        json.endArray();
        json.name("containers").beginArray();
        report.containers().forEach(t -> writeTest(json, t, report, false));
        json.endArray();
        json.name("claimErrors").strings(report.claimErrors());
        json.name("unattributed");
        writeEvaluations(json, report.unattributed());
        json.name("missing").strings(report.missing());
        json.name("violations").beginArray();
        for (Violation violation : report.violations()) {
            json.beginObject().name("invariant").value(violation.invariant()).name("test").value(violation.test())
                    .name("message").value(violation.message()).endObject();
        }
        json.endArray();
        writeGate(json, report);
        writeBaseline(json, report.baseline());
        return json.endObject().text();
    }

    /** Written only when the report was compared with a baseline: an optional section (docs/report-format.md). */
    private static void writeBaseline(JsonWriter json, BaselineDelta delta) {
        if (delta == null) {
            return;
        }
        json.name("baseline").beginObject()
                .name("file").value(delta.file())
                .name("setting").value(delta.setting())
                .name("verdict").value(delta.verdict())
                .name("coverageBefore").value(delta.coverageBefore())
                .name("coverageAfter").value(delta.coverageAfter())
                .name("newUnchecked").strings(delta.newUnchecked())
                .name("noLongerChecked").strings(delta.noLongerChecked())
                .name("vacuousCompared").value(delta.vacuousCompared())
                .name("newVacuousTests").strings(delta.newVacuousTests())
                .name("newlyChecked").strings(delta.newlyChecked())
                .name("removed").strings(delta.removed())
                .endObject();
    }

    private static void writeGate(JsonWriter json, Report report) {
        GateRule gate = report.gate();
        json.name("gate");
        if (gate == null) {
            json.value((String) null);
            return;
        }
        json.beginObject()
                .name("minCoverage").value(gate.minCoverage())
                .name("failOnVacuousTests").value(gate.failOnVacuousTests())
                .name("setting").value(gate.setting())
                .name("notApplied").value(gate.notApplied())
                .name("countGenerated").value(gate.countGenerated())
                .name("countOutsideTests").value(gate.countOutsideTests())
                .name("verdict").value(gate.verdict(report))
                .name("failures").strings(gate.failures(report))
                .endObject();
    }

    private static void writeInvariant(JsonWriter json, Report report, ReportIndex index, ReportInvariant invariant,
            java.util.List<Swallowed> swallowed) {
        json.beginObject()
                .name("id").value(invariant.id())
                .name("kind").value(invariant.kind())
                .name("owner").value(invariant.owner())
                .name("member").value(invariant.member())
                .name("source").value(invariant.source())
                .name("location").value(invariant.location())
                .name("pre").value(invariant.pre())
                .name("post").value(invariant.post())
                .name("raises").strings(invariant.raises())
                .name("description").value(invariant.description())
                .name("status").value(invariant.status().reportName())
                .name("counts");
        writeCounts(json, invariant.counts());
        json.name("problems").strings(invariant.problems())
                .name("tests").strings(index.testsThatChecked(invariant.id()))
                .name("containers").strings(index.containersThatChecked(invariant.id()))
                .name("claimedBy").strings(index.claimedBy(invariant.id()))
                .name("mockedIn").strings(Signals.mockedIn(report, invariant).stream().map(ReportTest::id).toList());
        CheckedBy by = CheckedBy.of(report, invariant);
        json.name("checkedBy").beginObject().name("writtenTests").value(by.writtenTests())
                .name("generatedTests").value(by.generatedTests()).name("outsideTests").value(by.outsideTests())
                .endObject();
        json.name("swallowed").beginArray();
        for (Swallowed each : swallowed) {
            json.beginObject().name("in").value(each.where()).name("message").value(each.message()).endObject();
        }
        json.endArray();
        json.name("signals").beginArray();
        for (Signal signal : Signals.of(report, invariant)) {
            json.beginObject().name("kind").value(signal.kind()).name("message").value(signal.message()).endObject();
        }
        json.endArray();
        json.name("boundaries").beginArray();
        invariant.boundaries().forEach(b -> writeBoundary(json, b));
        json.endArray();
        Generated generated = invariant.generated();
        if (generated != null) {
            json.name("generated").beginObject()
                    .name("runs").value(generated.runs())
                    .name("tries").value(generated.tries())
                    .name("rejected").value(generated.rejected())
                    .name("rejectedShare").value(generated.rejectedShare())
                    .name("failed").value(generated.failed())
                    .name("couldNotBeFalsified").value(generated.couldNotBeFalsified())
                    .endObject();
        }
        Combinations combinations = invariant.combinations();
        if (combinations != null) {
            json.name("combinations").beginObject()
                    .name("covered").value(combinations.covered())
                    .name("possible").value(combinations.possible())
                    .name("missing");
            writePairs(json, combinations.missing());
            json.name("inputs").strings(combinations.inputs()).name("tried");
            writePairs(json, combinations.tried());
            json.name("excludedByPre");
            writePairs(json, combinations.excluded());
            json.endObject();
        }
        json.endObject();
    }

    /** A pair as {@code {"plan": "FAMILY", "smoker": true}}: a boolean's classes as JSON booleans. */
    private static void writePairs(JsonWriter json, List<Combinations.Pair> pairs) {
        json.beginArray();
        for (Combinations.Pair pair : pairs) {
            json.beginObject().name(pair.first());
            classValue(json, pair.firstClass());
            json.name(pair.second());
            classValue(json, pair.secondClass());
            json.endObject();
        }
        json.endArray();
    }

    private static void classValue(JsonWriter json, String value) {
        if (value.equals("true") || value.equals("false")) {
            json.value(Boolean.parseBoolean(value));
        } else {
            json.value(value);
        }
    }

    private static void writeBoundary(JsonWriter json, BoundaryEvidence evidence) {
        json.beginObject()
                .name("index").value(evidence.index())
                .name("comparison").value(evidence.comparison().text())
                .name("left").value(evidence.comparison().left())
                .name("operator").value(evidence.comparison().operator())
                .name("right").value(evidence.comparison().right())
                .name("closest");
        BoundaryEvidence.Observation closest = evidence.closest();
        if (closest == null) {
            json.value((String) null);
        } else {
            json.beginObject().name("left").value(closest.left()).name("right").value(closest.right())
                    .name("slack").value(evidence.slack()).name("test").value(closest.test()).endObject();
        }
        json.name("near").value(evidence.near()).endObject();
    }

    private static void writeTest(JsonWriter json, ReportTest test, Report report, boolean isTest) {
        boolean assertionsCounted = report.assertionsCounted();
        json.beginObject()
                .name("id").value(test.id())
                .name("className").value(test.className())
                .name("name").value(test.name())
                .name("displayName").value(test.displayName())
                .name("status").value(test.status())
                .name("generated").value(test.generated())
                .name("invariants").strings(test.invariants())
                .name("assertions").value(test.assertions())
                .name("vacuous").value(test.vacuous(assertionsCounted))
                .name("notNullAssertions").value(test.notNullAssertions())
                .name("notNullOnly").value(test.notNullOnly(assertionsCounted))
                .name("mocked").strings(test.mocked())
                .name("claims").strings(test.claims());
        if (isTest) {
            json.name("unverifiedClaims").strings(Signals.unverifiedClaims(report, test))
                    .name("unknownClaims").strings(Signals.unknownClaims(report, test));
        }
        json.name("evaluations");
        writeEvaluations(json, test.evaluations());
        json.endObject();
    }

    private static void writeEvaluations(JsonWriter json, Map<String, Counts> evaluations) {
        json.beginObject();
        new TreeMap<>(evaluations).forEach((id, counts) -> {
            json.name(id);
            writeCounts(json, counts);
        });
        json.endObject();
    }

    private static void writeCounts(JsonWriter json, Counts counts) {
        json.beginObject()
                .name("preHeld").value(counts.preHeld())
                .name("preFailed").value(counts.preFailed())
                .name("passed").value(counts.passed())
                .name("violated").value(counts.violated())
                .name("threw").value(counts.threw())
                .name("broken").value(counts.broken())
                .endObject();
    }
}
