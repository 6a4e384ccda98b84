package dev.invariants.junit.internal.platform;

import dev.invariants.junit.InvariantsConfiguration;
import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.report.BaselineDelta;
import dev.invariants.report.Report;
import dev.invariants.report.internal.merge.Gate;
import dev.invariants.report.internal.ratchet.Baseline;
import dev.invariants.report.internal.ratchet.RatchetMessages;
import dev.invariants.report.internal.store.PartStore.Published;
import dev.invariants.report.internal.write.ConsoleSummary;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * The gate at session close: a minimum coverage ({@code invariants.gate.min-coverage}) and the ratchet against a
 * baseline ({@code invariants.gate.baseline}), judged by the build's last test JVM on the merged report of
 * whole-suite runs. Fails by throwing {@link GateFailure}.
 */
final class SessionGate {

    private SessionGate() {}

    /**
     * @param partial why the run selected only part of the suite, or {@code null} for the whole suite
     * @throws GateFailure when a rule is not met, or the baseline the user named cannot be read (in every JVM,
     *                     judging or not: the user asked for the ratchet, it must not quietly go)
     */
    static void apply(Settings settings, Published published, String partial, PrintStream out) {
        Optional<Baseline> baseline = baseline(settings);
        OptionalDouble minimum = settings.gateMinCoverage();
        if (minimum.isEmpty() && baseline.isEmpty()) {
            return;
        }
        if (published.stillRunning() > 0) {
            int others = published.stillRunning();
            out.println(ConsoleSummary.PREFIX + "gate: " + others + " other test JVM"
                    + (others == 1 ? " of this build is" : "s of this build are")
                    + " still running; the last one to finish applies the gate to the merged report");
            return;
        }
        Report merged = published.merged();
        String minSetting = setting(settings, InvariantsConfiguration.GATE_MIN_COVERAGE);
        String baselineSetting = setting(settings, InvariantsConfiguration.GATE_BASELINE);
        if (partial != null && !settings.gatePartialRuns()) {
            int inScope = (int) merged.invariants().stream().filter(i -> !i.counts().isZero()).count();
            String keys = minimum.isEmpty() ? InvariantsConfiguration.GATE_BASELINE
                    : baseline.isEmpty() ? InvariantsConfiguration.GATE_MIN_COVERAGE
                    : InvariantsConfiguration.GATE_MIN_COVERAGE + ", " + InvariantsConfiguration.GATE_BASELINE;
            out.println(ConsoleSummary.PREFIX + GateNotices.partialRun(inScope, merged.summary().declared(), partial, keys));
            return;
        }
        if (SurefireFork.isOnePerTestSet()) {
            String setting = minimum.isEmpty() ? baselineSetting
                    : baseline.isEmpty() ? minSetting : minSetting + ", " + baselineSetting;
            String parameters = minimum.isEmpty() ? "baseline" : baseline.isEmpty() ? "minCoverage" : "minCoverage, baseline";
            Warnings.warn(GateNotices.forkPerTestSet(setting, parameters));
            return;
        }
        List<String> failures = new ArrayList<>();
        if (minimum.isPresent()) {
            Gate.Counting counting = new Gate.Counting(settings.gateCountGenerated(),
                    InvariantsConfiguration.GATE_COUNT_GENERATED + "=true", settings.gateCountOutsideTests(),
                    InvariantsConfiguration.GATE_COUNT_OUTSIDE_TESTS + "=true");
            // at most invariants.report.console.limit of each list: the failure ends the console, the page has them all
            Gate.check(merged, minimum.getAsDouble(), false, minSetting, counting, settings.consoleLimit())
                    .ifPresent(failures::add);
        }
        if (baseline.isPresent()) {
            // Judged as it was published (ratchet below), so the files, the console and this verdict agree.
            BaselineDelta delta = merged.baseline();
            if (delta == null) {
                delta = baseline.get().compare(merged, baselineSetting);
                out.println(ConsoleSummary.PREFIX + delta.line());
            }
            if (delta.regressed()) {
                failures.add(RatchetMessages.regressed(delta, merged));
            }
        }
        if (!failures.isEmpty()) {
            throw new GateFailure(String.join("\n", failures));
        }
    }

    /**
     * What the last JVM does to the merged report before it is written, printed and gated: with
     * {@code invariants.gate.baseline} set and the gate judging this run, its comparison with the baseline. A baseline
     * that cannot be read changes nothing here: {@link #apply} fails the run naming it.
     *
     * @param partial why the run selected only part of the suite, or {@code null} for the whole suite
     */
    static UnaryOperator<Report> ratchet(Settings settings, String partial) {
        if (settings.gateBaseline().isEmpty() || (partial != null && !settings.gatePartialRuns())
                || SurefireFork.isOnePerTestSet()) {
            return UnaryOperator.identity();
        }
        String setting = setting(settings, InvariantsConfiguration.GATE_BASELINE);
        try {
            Baseline baseline = Baseline.read(settings.gateBaseline().get(), setting);
            return report -> baseline.judge(report, setting);
        } catch (IllegalArgumentException e) {
            return UnaryOperator.identity();
        }
    }

    /** Why the baseline the user named cannot be compared with (missing, not a report), or {@code null} when it can. */
    static String unreadableBaseline(Settings settings) {
        try {
            baseline(settings);
            return null;
        } catch (GateFailure e) {
            return e.getMessage();
        }
    }

    private static Optional<Baseline> baseline(Settings settings) {
        try {
            return settings.gateBaseline()
                    .map(file -> Baseline.read(file, setting(settings, InvariantsConfiguration.GATE_BASELINE)));
        } catch (IllegalArgumentException e) {
            throw new GateFailure(e.getMessage());
        }
    }

    private static String setting(Settings settings, String key) {
        return key + "=" + settings.raw(key).orElse("");
    }
}
