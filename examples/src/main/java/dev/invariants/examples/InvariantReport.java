package dev.invariants.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The part of one suite's {@code invariants.json} (schema {@code dev.invariants.report/1}, see
 * docs/report-format.md) that the demo prints.
 *
 * @param file the {@code invariants.json} read
 * @param assertionsCounted whether the run counted assertions; when {@code false} no test can be called vacuous
 * @param invariants every declared invariant, in report order
 * @param tests every test that ran, in start order
 */
record InvariantReport(Path file, boolean assertionsCounted, List<Entry> invariants, List<TestEntry> tests) {

    /**
     * One declared invariant.
     *
     * @param id its id
     * @param location {@code owner.member(File.java:line)}, which consoles and IDEs turn into a link
     * @param status {@code checked}, {@code unchecked}, {@code violated} or {@code broken}
     * @param rejection whether it declares {@code raises}: a failure path of its member
     * @param preHeld how many calls met its {@code pre}
     */
    record Entry(String id, String location, String status, boolean rejection, long preHeld) {

        /** A rejection rule whose input no test ever gave: that failure path never ran. */
        boolean failurePathNeverTaken() {
            return rejection && preHeld == 0;
        }
    }

    /**
     * One test.
     *
     * @param className its class, or {@code null}
     * @param name the name build tools show, such as {@code testRefund()}
     * @param vacuous finished successfully with no assertion and no invariant checked (only when counted)
     */
    record TestEntry(String className, String name, boolean vacuous) {

        /** @return {@code SimpleClassName.name} */
        String shortName() {
            return className == null ? name : className.substring(className.lastIndexOf('.') + 1) + "." + name;
        }
    }

    static InvariantReport read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            Map<?, ?> root = (Map<?, ?>) Json.parse(text);
            List<Entry> invariants = list(root, "invariants").stream().map(o -> entry((Map<?, ?>) o)).toList();
            List<TestEntry> tests = list(root, "tests").stream().map(o -> test((Map<?, ?>) o)).toList();
            return new InvariantReport(file, Boolean.TRUE.equals(root.get("assertionsCounted")), invariants, tests);
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not an invariant report: " + e.getMessage(), e);
        }
    }

    private static Entry entry(Map<?, ?> invariant) {
        Map<?, ?> counts = (Map<?, ?>) invariant.get("counts");
        Object preHeld = counts == null ? null : counts.get("preHeld");
        List<?> raises = (List<?>) invariant.get("raises");
        return new Entry((String) invariant.get("id"), (String) invariant.get("location"), (String) invariant.get("status"),
                raises != null && !raises.isEmpty(), preHeld == null ? 0 : ((BigDecimal) preHeld).longValueExact());
    }

    private static TestEntry test(Map<?, ?> test) {
        return new TestEntry((String) test.get("className"), (String) test.get("name"), Boolean.TRUE.equals(test.get("vacuous")));
    }

    private static List<?> list(Map<?, ?> root, String field) {
        Object value = root.get(field);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("no \"" + field + "\" array");
        }
        return list;
    }

    /** @return the {@code index.html} written beside the JSON */
    Path page() {
        return file.resolveSibling("index.html");
    }

    int declared() {
        return invariants.size();
    }

    List<Entry> withStatus(String status) {
        return invariants.stream().filter(e -> e.status().equals(status)).toList();
    }

    List<Entry> failurePathsNeverTaken() {
        return invariants.stream().filter(Entry::failurePathNeverTaken).toList();
    }

    long rejectionRules() {
        return invariants.stream().filter(Entry::rejection).count();
    }

    List<TestEntry> vacuousTests() {
        return tests.stream().filter(TestEntry::vacuous).toList();
    }
}
