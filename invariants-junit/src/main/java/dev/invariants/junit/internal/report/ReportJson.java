package dev.invariants.junit.internal.report;

import dev.invariants.junit.internal.model.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code invariants.json} ({@value Report#SCHEMA}) to and from a {@link Report}; the format is documented in docs/report-format.md. */
public final class ReportJson {

    private ReportJson() {}

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
                .endObject();
        json.name("invariants").beginArray();
        ReportIndex index = ReportIndex.of(report);
        for (ReportInvariant invariant : report.invariants()) {
            writeInvariant(json, report, index, invariant);
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
        return json.endObject().text();
    }

    private static void writeInvariant(JsonWriter json, Report report, ReportIndex index, ReportInvariant invariant) {
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
        json.endObject();
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

    /**
     * Reads a report. The derived fields (summary, each invariant's tests and status) are not read
     * back: they are recomputed, so a report read and written again says the same.
     *
     * @throws IllegalArgumentException naming what is wrong and where, for a file that is not a report
     */
    public static Report read(String text) {
        Map<String, Object> root = object(JsonReader.parse(text), "the document");
        Object schema = root.get("schema");
        if (!Report.SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("expected schema [" + Report.SCHEMA + "] but found [" + schema + "]");
        }
        List<ReportInvariant> invariants = new ArrayList<>();
        for (Object each : list(root, "invariants")) {
            invariants.add(readInvariant(object(each, "an entry of `invariants`")));
        }
        List<ReportTest> tests = new ArrayList<>();
        for (Object each : list(root, "tests")) {
            tests.add(readTest(object(each, "an entry of `tests`")));
        }
        List<ReportTest> containers = new ArrayList<>();
        for (Object each : optionalList(root, "containers")) {
            containers.add(readTest(object(each, "an entry of `containers`")));
        }
        Object unattributed = root.get("unattributed");
        return new Report((String) root.get("build"), Boolean.TRUE.equals(root.get("assertionsCounted")),
                (int) number(root.getOrDefault("parts", 1L), "parts"), invariants, tests, containers,
                unattributed == null ? Map.of() : evaluations(unattributed, "unattributed"),
                optionalList(root, "missing").stream().map(String::valueOf).toList());
    }

    private static ReportInvariant readInvariant(Map<String, Object> map) {
        String id = string(map, "id");
        List<String> raises = new ArrayList<>();
        for (Object each : list(map, "raises")) {
            raises.add((String) each);
        }
        List<String> problems = new ArrayList<>();
        for (Object each : optionalList(map, "problems")) {
            problems.add((String) each);
        }
        List<BoundaryEvidence> boundaries = new ArrayList<>();
        for (Object each : optionalList(map, "boundaries")) {
            boundaries.add(readBoundary(object(each, "an entry of `boundaries` of " + id), id));
        }
        return new ReportInvariant(id, string(map, "kind"), string(map, "owner"), (String) map.get("member"),
                string(map, "source"), string(map, "pre"), string(map, "post"), raises,
                map.get("description") == null ? "" : (String) map.get("description"),
                counts(map.get("counts"), "counts of " + id), problems, boundaries, generated(map.get("generated"), id));
    }

    private static BoundaryEvidence readBoundary(Map<String, Object> map, String id) {
        String where = "boundaries of " + id;
        Comparison comparison = new Comparison(string(map, "comparison"), string(map, "left"), string(map, "operator"),
                string(map, "right"));
        BoundaryEvidence.Observation closest = null;
        if (map.get("closest") != null) {
            Map<String, Object> observed = object(map.get("closest"), "`closest` in " + where);
            closest = new BoundaryEvidence.Observation(decimal(observed.get("left"), "left in " + where),
                    decimal(observed.get("right"), "right in " + where), (String) observed.get("test"));
        }
        return new BoundaryEvidence((int) number(map.getOrDefault("index", 0L), "index in " + where), comparison, closest);
    }

    private static double decimal(Object value, String where) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("expected a number for `" + where + "` but found [" + value + "]");
    }

    private static Generated generated(Object value, String id) {
        if (value == null) {
            return null;
        }
        String where = "generated of " + id;
        Map<String, Object> map = object(value, where);
        return new Generated(count(map, "runs", where), count(map, "tries", where), count(map, "rejected", where),
                count(map, "failed", where), Boolean.TRUE.equals(map.get("couldNotBeFalsified")));
    }

    private static ReportTest readTest(Map<String, Object> map) {
        String id = string(map, "id");
        Object evaluations = map.get("evaluations");
        Map<String, Counts> byInvariant = new LinkedHashMap<>();
        if (evaluations != null) {
            byInvariant.putAll(evaluations(evaluations, "evaluations of " + id));
        } else {
            // A report written by another tool may list only the checked ids; each counts as one pass.
            for (Object each : list(map, "invariants")) {
                byInvariant.put((String) each, new Counts(0, 1, 0, 0, 0));
            }
        }
        return new ReportTest(id, (String) map.get("className"), (String) map.get("name"),
                (String) map.getOrDefault("displayName", map.get("name")), string(map, "status"),
                number(map.getOrDefault("assertions", 0L), "assertions of " + id),
                number(map.getOrDefault("notNullAssertions", 0L), "notNullAssertions of " + id), byInvariant,
                strings(map, "mocked"), strings(map, "claims"));
    }

    private static List<String> strings(Map<String, Object> map, String name) {
        List<String> values = new ArrayList<>();
        for (Object each : optionalList(map, name)) {
            values.add((String) each);
        }
        return values;
    }

    private static Map<String, Counts> evaluations(Object value, String where) {
        Map<String, Counts> result = new LinkedHashMap<>();
        object(value, where).forEach((id, counts) -> result.put(id, counts(counts, where + " / " + id)));
        return result;
    }

    private static Counts counts(Object value, String where) {
        Map<String, Object> map = object(value, where);
        return new Counts(count(map, "preFailed", where), count(map, "passed", where), count(map, "violated", where),
                count(map, "threw", where), count(map, "broken", where));
    }

    private static long count(Map<String, Object> map, String name, String where) {
        return number(map.getOrDefault(name, 0L), name + " in " + where);
    }

    private static long number(Object value, String where) {
        if (value instanceof Long number) {
            return number;
        }
        throw new IllegalArgumentException("expected a whole number for `" + where + "` but found [" + value + "]");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("expected an object for " + where + " but found [" + value + "]");
    }

    private static String string(Map<String, Object> map, String name) {
        Object value = map.get(name);
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("expected a string for `" + name + "` in " + map.getOrDefault("id", "the report")
                + " but found [" + value + "]");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> map, String name) {
        Object value = map.get(name);
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException("expected an array for `" + name + "` but found [" + value + "]");
    }

    private static List<Object> optionalList(Map<String, Object> map, String name) {
        return map.get(name) == null ? List.of() : list(map, name);
    }
}
