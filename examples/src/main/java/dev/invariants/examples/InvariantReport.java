package dev.invariants.examples;

import dev.invariants.report.Report;
import dev.invariants.report.ReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** Reads the file with the report's public reader ({@code dev.invariants.report.ReportReader}). */
    static InvariantReport read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Report report;
        try {
            report = ReportReader.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not an invariant report: " + e.getMessage(), e);
        }
        List<Entry> invariants = report.invariants().stream().map(i -> new Entry(i.id(), i.location(),
                i.status().reportName(), !i.raises().isEmpty(), i.counts().preHeld())).toList();
        List<TestEntry> tests = report.tests().stream().map(t -> new TestEntry(t.className(), t.name(),
                t.vacuous(report.assertionsCounted()))).toList();
        return new InvariantReport(file, report.assertionsCounted(), invariants, tests);
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
