package dev.invariants.examples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
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

    static InvariantReport read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            JsonObject root = JsonParser.parseString(text).getAsJsonObject();
            List<Entry> invariants = list(root, "invariants").asList().stream().map(o -> entry(o.getAsJsonObject())).toList();
            List<TestEntry> tests = list(root, "tests").asList().stream().map(o -> test(o.getAsJsonObject())).toList();
            return new InvariantReport(file, flag(root, "assertionsCounted"), invariants, tests);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new IllegalStateException(file + " is not an invariant report: " + e.getMessage(), e);
        }
    }

    private static Entry entry(JsonObject invariant) {
        JsonElement counts = invariant.get("counts");
        JsonElement preHeld = counts == null || !counts.isJsonObject() ? null : counts.getAsJsonObject().get("preHeld");
        JsonElement raises = invariant.get("raises");
        return new Entry(text(invariant, "id"), text(invariant, "location"), text(invariant, "status"),
                raises != null && raises.isJsonArray() && !raises.getAsJsonArray().isEmpty(),
                preHeld == null ? 0 : preHeld.getAsLong());
    }

    private static TestEntry test(JsonObject test) {
        return new TestEntry(text(test, "className"), text(test, "name"), flag(test, "vacuous"));
    }

    private static JsonArray list(JsonObject root, String field) {
        JsonElement value = root.get(field);
        if (value == null || !value.isJsonArray()) {
            throw new IllegalStateException("no \"" + field + "\" array");
        }
        return value.getAsJsonArray();
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static boolean flag(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() && value.getAsBoolean();
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
