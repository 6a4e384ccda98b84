package dev.invariants.pitest.internal.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.invariants.pitest.internal.kill.Failure;
import dev.invariants.pitest.internal.kill.KillName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pitest.classinfo.ClassName;
import org.pitest.mutationtest.ClassMutationResults;
import org.pitest.mutationtest.DetectionStatus;
import org.pitest.mutationtest.ListenerArguments;
import org.pitest.mutationtest.MutationResult;
import org.pitest.mutationtest.MutationResultListener;
import org.pitest.mutationtest.MutationResultListenerFactory;
import org.pitest.mutationtest.MutationStatusTestPair;
import org.pitest.mutationtest.config.ReportOptions;
import org.pitest.mutationtest.engine.Location;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.MutationIdentifier;

/**
 * The listener PIT's main process calls, fed results as PIT hands them over: killing tests named as the minion
 * names them ({@link KillName}), or plainly, as another test plugin would.
 */
class MutationListenerTests {

    private static final String MATH = "org.pitest.mutationtest.engine.gregor.mutators.MathMutator";
    private static final String BOUNDARY = "org.pitest.mutationtest.engine.gregor.mutators.ConditionalsBoundaryMutator";
    private static final String T1 = "com.acme.FeesTest.[engine:junit-jupiter]/[class:com.acme.FeesTest]/[method:a()]";
    private static final String T2 = "com.acme.FeesTest.[engine:junit-jupiter]/[class:com.acme.FeesTest]/[method:b()]";

    @TempDir
    Path reportDir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private MutationResultListener listener;

    @BeforeEach
    void listener() {
        MutationResultListenerFactory factory = ServiceLoader.load(MutationResultListenerFactory.class).stream()
                .map(ServiceLoader.Provider::get).filter(f -> f.name().equalsIgnoreCase("invariants")).findFirst().orElseThrow();
        ReportOptions options = new ReportOptions();
        options.setReportDir(reportDir.toString());
        options.setFullMutationMatrix(true);
        ListenerArguments arguments = new ListenerArguments(this::writer, null, null, null, 0L, true, options, List.of());
        assertThat(factory).isInstanceOf(MutationListenerFactory.class);
        listener = MutationListenerFactory.make(arguments, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("should write each mutant with what killed it, and the counts and each invariant's kills")
    void writesTheFile() throws Exception {
        run();

        JsonObject file = JsonParser.parseString(Files.readString(reportDir.resolve("invariants-mutation.json"))).getAsJsonObject();
        assertThat(file.get("schema").getAsString()).isEqualTo("dev.invariants.mutation/1");
        JsonObject summary = file.getAsJsonObject("summary");
        assertThat(summary.get("mutants").getAsInt()).isEqualTo(7);
        assertThat(summary.get("killed").getAsInt()).isEqualTo(4);
        assertThat(summary.get("onlyInvariants").getAsInt()).isEqualTo(1);
        assertThat(summary.get("onlyAssertions").getAsInt()).isEqualTo(1);
        assertThat(summary.get("both").getAsInt()).isEqualTo(1);
        assertThat(summary.get("killedUnattributed").getAsInt()).isEqualTo(1);
        assertThat(summary.get("timedOut").getAsInt()).isEqualTo(1);
        assertThat(summary.get("survived").getAsInt()).isEqualTo(1);
        assertThat(summary.get("noCoverage").getAsInt()).isEqualTo(1);

        JsonObject line12 = mutantAt(file, 12);
        assertThat(line12.get("class").getAsString()).isEqualTo("com.acme.Fees");
        assertThat(line12.get("method").getAsString()).isEqualTo("fee");
        assertThat(line12.get("mutator").getAsString()).isEqualTo(BOUNDARY);
        assertThat(line12.get("status").getAsString()).isEqualTo("KILLED");
        assertThat(line12.get("killedBy").getAsString()).isEqualTo("invariants");
        assertThat(strings(line12.getAsJsonArray("invariants"))).containsExactly("fee,cap");
        assertThat(strings(line12.getAsJsonArray("killingTests"))).containsExactly(T1);
        assertThat(mutantAt(file, 13).get("killedBy").getAsString()).isEqualTo("assertions");
        assertThat(mutantAt(file, 14).get("killedBy").getAsString()).isEqualTo("both");
        assertThat(mutantAt(file, 15).get("killedBy").getAsString()).isEqualTo("unknown");
        assertThat(mutantAt(file, 16).get("killedBy").isJsonNull()).isTrue();

        JsonObject invariant = file.getAsJsonArray("invariants").get(0).getAsJsonObject();
        assertThat(invariant.get("id").getAsString()).isEqualTo("fee,cap");
        assertThat(invariant.get("kills").getAsInt()).isEqualTo(2);
        assertThat(invariant.get("onlyInvariants").getAsInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("should print the counts, the mutants only invariants killed with their invariants, and the survivors")
    void printsTheSummary() {
        run();

        assertThat(console.toString(StandardCharsets.UTF_8)).contains(
                "[invariants] 7 mutants: 1 killed only by invariants, 1 only by assertions, 1 by both, 1 timed out,"
                        + " 1 survived, 1 without coverage\n",
                "[invariants] killed only by invariants:\n"
                        + "  com.acme.Fees.fee(Fees.java:12) ConditionalsBoundaryMutator: changed conditional boundary <- fee,cap\n",
                "[invariants] survived:\n  com.acme.Fees.fee(Fees.java:17) MathMutator: Replaced integer subtraction with addition\n",
                "[invariants] invariant fee,cap killed 2 mutants, 1 that no assertion killed\n",
                "[invariants] 1 killed mutants name no cause");
    }

    private Writer writer(String name) {
        try {
            return Files.newBufferedWriter(reportDir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run() {
        List<MutationResult> results = new ArrayList<>();
        results.add(result(12, BOUNDARY, "changed conditional boundary", DetectionStatus.KILLED,
                List.of(KillName.encode(T1, new Failure(List.of("fee,cap"), false)))));
        results.add(result(13, MATH, "Replaced integer subtraction with addition", DetectionStatus.KILLED,
                List.of(KillName.encode(T2, new Failure(List.of(), true)))));
        results.add(result(14, MATH, "Replaced integer subtraction with addition", DetectionStatus.KILLED,
                List.of(KillName.encode(T1, new Failure(List.of("fee,cap"), false)), KillName.encode(T2, new Failure(List.of(), true)))));
        results.add(result(15, MATH, "Replaced integer subtraction with addition", DetectionStatus.KILLED, List.of(T1)));
        results.add(result(16, MATH, "Replaced integer subtraction with addition", DetectionStatus.TIMED_OUT, List.of()));
        results.add(result(17, MATH, "Replaced integer subtraction with addition", DetectionStatus.SURVIVED, List.of()));
        results.add(result(18, MATH, "Replaced integer subtraction with addition", DetectionStatus.NO_COVERAGE, List.of()));
        listener.runStart();
        listener.handleMutationResult(new ClassMutationResults(results));
        listener.runEnd();
    }

    private static MutationResult result(int line, String mutator, String description, DetectionStatus status,
            List<String> killing) {
        Location location = Location.location(ClassName.fromString("com.acme.Fees"), "fee", "(I)I");
        MutationDetails details = new MutationDetails(new MutationIdentifier(location, line, mutator), "Fees.java",
                description, line, 0);
        return new MutationResult(details, new MutationStatusTestPair(1, status, killing, List.of(), List.of(T1, T2)));
    }

    private static JsonObject mutantAt(JsonObject file, int line) {
        for (JsonElement m : file.getAsJsonArray("mutants")) {
            if (m.getAsJsonObject().get("line").getAsInt() == line) {
                return m.getAsJsonObject();
            }
        }
        throw new AssertionError("no mutant at line " + line);
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }
}
