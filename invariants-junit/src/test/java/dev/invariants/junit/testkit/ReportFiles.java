package dev.invariants.junit.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code invariants.json} with an independent parser, so our writer is checked by someone else's reader. */
public final class ReportFiles {

    private final JsonObject root;

    private ReportFiles(JsonObject root) {
        this.root = root;
    }

    public static ReportFiles read(Path dir) {
        try {
            return new ReportFiles(JsonParser.parseString(Files.readString(dir.resolve("invariants.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonObject root() {
        return root;
    }

    public JsonObject summary() {
        return root.getAsJsonObject("summary");
    }

    public JsonObject invariant(String id) {
        return find(root.getAsJsonArray("invariants"), "id", id);
    }

    public JsonObject test(String name) {
        return find(root.getAsJsonArray("tests"), "name", name);
    }

    public List<String> strings(JsonObject object, String field) {
        List<String> values = new ArrayList<>();
        object.getAsJsonArray(field).forEach(e -> values.add(e.getAsString()));
        return values;
    }

    /** The values of a string-array field of every entry of {@code tests} matching, e.g. names of vacuous tests. */
    public List<String> testNames(java.util.function.Predicate<JsonObject> filter) {
        List<String> names = new ArrayList<>();
        root.getAsJsonArray("tests").forEach(e -> {
            if (filter.test(e.getAsJsonObject())) {
                names.add(e.getAsJsonObject().get("name").getAsString());
            }
        });
        return names;
    }

    /** The kinds of the signals of an invariant. */
    public List<String> signalKinds(String id) {
        List<String> kinds = new ArrayList<>();
        invariant(id).getAsJsonArray("signals").forEach(e -> kinds.add(e.getAsJsonObject().get("kind").getAsString()));
        return kinds;
    }

    /** The ids of the invariants that carry a signal of the kind. */
    public List<String> withSignal(String kind) {
        List<String> ids = new ArrayList<>();
        root.getAsJsonArray("invariants").forEach(e -> {
            String id = e.getAsJsonObject().get("id").getAsString();
            if (signalKinds(id).contains(kind)) {
                ids.add(id);
            }
        });
        return ids;
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        root.getAsJsonArray("invariants").forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    public static long count(JsonObject invariant, String outcome) {
        return invariant.getAsJsonObject("counts").get(outcome).getAsLong();
    }

    private static JsonObject find(JsonArray array, String field, String value) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonElement element : array) {
            if (element.getAsJsonObject().get(field).getAsString().equals(value)) {
                found.add(element.getAsJsonObject());
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("expected one entry with " + field + " [" + value + "] but found " + found.size());
        }
        return found.get(0);
    }
}
