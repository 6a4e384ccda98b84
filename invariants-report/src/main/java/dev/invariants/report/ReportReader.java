package dev.invariants.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code invariants.json} (schema {@value Report#SCHEMA}, documented in docs/report-format.md) into a
 * {@link Report}: the supported way for tools of your own to read the report, instead of parsing the JSON by hand.
 *
 * <pre>{@code
 * Report report = ReportReader.read(Path.of("target/invariants/invariants.json"));
 * for (ReportInvariant invariant : report.withStatus(Status.UNCHECKED)) {
 *     System.out.println(invariant.id() + " at " + invariant.location());
 * }
 * System.out.println(report.summary().coveragePercent());
 * }</pre>
 *
 * The derived fields of the file (its {@code summary}, each invariant's {@code status} and {@code tests})
 * are not read: {@link Report#summary()}, {@link ReportInvariant#status()} and {@link ReportTest#invariants()}
 * recompute them from the counts, so they always agree with what was read. Fields this version does not
 * know are ignored, so a reader keeps working on reports of later versions of the same schema.
 */
public final class ReportReader {

    private ReportReader() {}

    /**
     * Reads a report file.
     *
     * @param file an {@code invariants.json}, or a part under its {@code parts/} directory
     * @return the report it holds
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not a report of schema {@value Report#SCHEMA}: the message
     *                                  names the file, then what is wrong and where
     */
    public static Report read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not an invariants report: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a report from its JSON text.
     *
     * @param text the content of an {@code invariants.json}
     * @return the report it holds
     * @throws IllegalArgumentException naming what is wrong and where, for a text that is not a report of
     *                                  schema {@value Report#SCHEMA}
     */
    public static Report parse(String text) {
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
        List<Violation> violations = new ArrayList<>();
        for (Object each : optionalList(root, "violations")) {
            Map<String, Object> violation = object(each, "an entry of `violations`");
            violations.add(new Violation(string(violation, "invariant"), (String) violation.get("test"),
                    string(violation, "message")));
        }
        Object unattributed = root.get("unattributed");
        return new Report((String) root.get("build"), Boolean.TRUE.equals(root.get("assertionsCounted")),
                (int) number(root.getOrDefault("parts", 1L), "parts"), invariants, tests, containers,
                unattributed == null ? Map.of() : evaluations(unattributed, "unattributed"),
                optionalList(root, "missing").stream().map(String::valueOf).toList(), violations,
                gate(root.get("gate")), baseline(root.get("baseline")));
    }

    /** The optional {@code baseline} section; absent or {@code null}: the report was compared with no baseline. */
    private static BaselineDelta baseline(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> map = object(value, "`baseline`");
        return new BaselineDelta(string(map, "file"), (String) map.get("setting"), strings(map, "newUnchecked"),
                strings(map, "noLongerChecked"), strings(map, "newVacuousTests"),
                Boolean.TRUE.equals(map.get("vacuousCompared")), strings(map, "newlyChecked"), strings(map, "removed"),
                fraction(map, "coverageBefore"), fraction(map, "coverageAfter"));
    }

    private static double fraction(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof Number number)) {
            throw new IllegalArgumentException("`baseline` needs a number `" + key + "` but has [" + map.get(key) + "]");
        }
        return number.doubleValue();
    }

    /** The rule of {@code gate}; its verdict is derived. Absent (older reports) or {@code null}: no gate. */
    private static GateRule gate(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> map = object(value, "`gate`");
        Object minimum = map.get("minCoverage");
        if (minimum != null && !(minimum instanceof Number)) {
            throw new IllegalArgumentException("`gate` needs a number or null `minCoverage` but has [" + minimum + "]");
        }
        return new GateRule(minimum == null ? GateRule.NO_MINIMUM : ((Number) minimum).doubleValue(), Boolean.TRUE.equals(map.get("failOnVacuousTests")),
                (String) map.get("setting"), (String) map.get("notApplied"), Boolean.TRUE.equals(map.get("countGenerated")),
                Boolean.TRUE.equals(map.get("countOutsideTests")));
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
                counts(map.get("counts"), "counts of " + id), problems, boundaries, generated(map.get("generated"), id),
                combinations(map.get("combinations"), id));
    }

    private static Combinations combinations(Object value, String id) {
        if (value == null) {
            return null;
        }
        String where = "combinations of " + id;
        Map<String, Object> map = object(value, where);
        List<String> inputs = strings(map, "inputs");
        return new Combinations(inputs, pairs(map, "tried", where), pairs(map, "excludedByPre", where));
    }

    /** Pairs written as {@code {"plan": "FAMILY", "smoker": true}}: two members, in input order. */
    private static List<Combinations.Pair> pairs(Map<String, Object> map, String name, String where) {
        List<Combinations.Pair> pairs = new ArrayList<>();
        for (Object each : optionalList(map, name)) {
            Map<String, Object> pair = object(each, "an entry of `" + name + "` in " + where);
            List<Map.Entry<String, Object>> members = new ArrayList<>(pair.entrySet());
            if (members.size() != 2) {
                throw new IllegalArgumentException("expected two inputs in an entry of `" + name + "` in " + where
                        + " but found " + members.size());
            }
            pairs.add(new Combinations.Pair(members.get(0).getKey(), String.valueOf(members.get(0).getValue()),
                    members.get(1).getKey(), String.valueOf(members.get(1).getValue())));
        }
        return pairs;
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
                strings(map, "mocked"), strings(map, "claims"), Boolean.TRUE.equals(map.get("generated")));
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
