package dev.invariants.junit.internal.ledger;

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
final class ReportFiles {

    private final JsonObject root;

    private ReportFiles(JsonObject root) {
        this.root = root;
    }

    static ReportFiles read(Path dir) {
        try {
            return new ReportFiles(JsonParser.parseString(Files.readString(dir.resolve("invariants.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonObject root() {
        return root;
    }

    JsonObject summary() {
        return root.getAsJsonObject("summary");
    }

    JsonObject invariant(String id) {
        return find(root.getAsJsonArray("invariants"), "id", id);
    }

    JsonObject test(String name) {
        return find(root.getAsJsonArray("tests"), "name", name);
    }

    List<String> strings(JsonObject object, String field) {
        List<String> values = new ArrayList<>();
        object.getAsJsonArray(field).forEach(e -> values.add(e.getAsString()));
        return values;
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        root.getAsJsonArray("invariants").forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
        return ids;
    }

    static long count(JsonObject invariant, String outcome) {
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
