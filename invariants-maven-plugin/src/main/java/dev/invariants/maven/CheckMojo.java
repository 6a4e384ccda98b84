package dev.invariants.maven;

import dev.invariants.report.GateRule;
import dev.invariants.report.Report;
import dev.invariants.report.Summary;
import dev.invariants.report.internal.merge.Gate;
import dev.invariants.report.internal.ratchet.Baseline;
import dev.invariants.report.internal.ratchet.RatchetMessages;
import dev.invariants.report.internal.store.PartStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the invariants report does not meet the rules: a minimum invariant coverage
 * ((checked + violated) / declared) and, optionally, no vacuous tests. The failure names every
 * unchecked or broken invariant with its location, and every vacuous test. A Maven run that runs the
 * tests is judged on its own report only: none, or an earlier build's, fails the goal; skipped tests
 * ({@code -DskipTests}) skip it. With a {@code baseline} (an earlier build's {@code invariants.json}), it is also a
 * ratchet: it fails on regressions against that report only (docs/adopting.md).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ReportGoal {

    private static final String BASELINE_SETTING = "check's baseline, invariants.baseline";

    /** Creates the goal; Maven sets its parameters. */
    public CheckMojo() {}

    /** The minimum invariant coverage, a fraction from 0 to 1. Unset: no coverage rule. */
    @Parameter(property = "invariants.minCoverage")
    private Double minCoverage;

    /** Fail when a test finished with no assertion and no invariant checked. */
    @Parameter(property = "invariants.failOnVacuousTests", defaultValue = "false")
    private boolean failOnVacuousTests;

    /**
     * Count checks made outside test methods (class set-up, {@code @BeforeAll}) toward {@code minCoverage}, as
     * {@code invariants.gate.count-outside-tests=true} does for the session gate. Default: only tests' checks count.
     */
    @Parameter(property = "invariants.countOutsideTests", defaultValue = "false")
    private boolean countOutsideTests;

    /**
     * Count checks made by generated property tests ({@code invariants-property}) toward {@code minCoverage}, as
     * {@code invariants.gate.count-generated=true} does for the session gate. Default: only written tests' checks count.
     */
    @Parameter(property = "invariants.countGeneratedTests", defaultValue = "false")
    private boolean countGeneratedTests;

    /**
     * An earlier build's {@code invariants.json} (committed, or downloaded from the main branch's build): the
     * build fails when it has regressed against it — an invariant the baseline did not declare that no test
     * checks, one the baseline's tests checked that this build's do not, a new vacuous test — and only then.
     * Relative to the project's directory. A file that is missing or is no report fails the goal. Unset: no ratchet.
     */
    @Parameter(property = "invariants.baseline")
    private File baseline;

    /** {@code false} only warns when the rules are not met. */
    @Parameter(property = "invariants.haltOnFailure", defaultValue = "true")
    private boolean haltOnFailure;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the invariants check (invariants.skip)");
            return;
        }
        if (minCoverage != null && !(minCoverage >= 0 && minCoverage <= 1)) {
            throw new MojoExecutionException("invariants-maven-plugin: `minCoverage` must be a fraction from 0 to 1, but was ["
                    + minCoverage + "]");
        }
        if (aggregate && !isLastModule()) {
            return;
        }
        if (!aggregate && project.getPackaging().equals("pom")) {
            getLog().info("Skipping the invariants check: a module of packaging pom runs no tests");
            return;
        }
        Optional<Baseline> base = baseline();
        Optional<String> skipped = tests().skippedBecause();
        if (skipped.isPresent()) {
            getLog().info(GoalMessages.checkSkipped(skipped.get()));
            return;
        }
        Path dir = aggregate ? aggregatePath() : reportPath();
        Path file = dir.resolve("invariants.json");
        boolean testsRan = tests().testsRunInThisBuild();
        if (!Files.isRegularFile(file)) {
            fail(testsRan ? GoalMessages.noCurrentReport(file, null) : GoalMessages.noReport(file));
            return;
        }
        Report report = Reports.read(file);
        if (!isCurrent(report)) {
            if (testsRan) {
                fail(GoalMessages.noCurrentReport(file, report.build()));
                return;
            }
            getLog().info(GoalMessages.judgingEarlierBuild(file, report.build()));
        }
        report.missing().forEach(m -> getLog().warn("The invariants check sees an incomplete report: " + m));
        boolean vacuousRule = failOnVacuousTests && report.assertionsCounted();
        if (failOnVacuousTests && !report.assertionsCounted()) {
            getLog().warn("failOnVacuousTests is not applied: the report was written without assertion counts");
        }
        List<String> failures = new ArrayList<>();
        Gate.check(report, minCoverage == null ? -1 : minCoverage, vacuousRule, "minCoverage=" + minCoverage,
                        new Gate.Counting(countGeneratedTests, "countGeneratedTests=true", countOutsideTests,
                                "countOutsideTests=true"))
                .ifPresent(failures::add);
        Report judged = judged(report, vacuousRule, base);
        if (judged.baseline() != null && base.isPresent()) {
            getLog().info("Invariants " + judged.baseline().line());
            if (judged.baseline().regressed()) {
                failures.add(RatchetMessages.regressed(judged.baseline(), judged));
            }
        }
        rewrite(dir, judged);
        if (failures.isEmpty()) {
            Summary s = report.summary();
            getLog().info("All invariant checks met: coverage " + s.coveragePercent()
                    + (minCoverage == null ? "" : " (minimum " + Math.round(minCoverage * 1000) / 10.0 + "%)"));
            return;
        }
        fail("Invariants check failed for " + file + ":\n" + String.join("\n", failures));
    }

    /**
     * The report as this goal judged it: its rule (when it sets one) and its comparison with the baseline (when it
     * names one) replace what the session wrote, so that the page states the rule the build applied.
     */
    private Report judged(Report report, boolean vacuousRule, Optional<Baseline> base) {
        Report judged = report;
        if (minCoverage != null || vacuousRule) {
            List<String> settings = new ArrayList<>();
            if (minCoverage != null) {
                settings.add("minCoverage=" + minCoverage);
            }
            if (vacuousRule) {
                settings.add("failOnVacuousTests=true");
            }
            judged = judged.withGate(new GateRule(minCoverage == null ? GateRule.NO_MINIMUM : minCoverage, vacuousRule,
                    "invariants-maven-plugin check: " + String.join(", ", settings), null, countGeneratedTests,
                    countOutsideTests));
        } else if (base.isPresent() && judged.gate() != null && judged.gate().notApplied() != null) {
            // the session left the judging to this goal (one JVM per test class), which judges by its baseline alone
            judged = judged.withGate(null);
        }
        return base.isPresent() ? base.get().judge(judged, BASELINE_SETTING) : judged;
    }

    /** The page and the JSON say what this goal judged; a report that cannot be rewritten is only warned about. */
    private void rewrite(Path dir, Report judged) {
        try {
            new PartStore(dir, getLog()::warn).writeReport(judged);
        } catch (IOException e) {
            getLog().warn("cannot write the judged invariants report to " + dir + ": " + e.getMessage());
        }
    }

    /** The baseline the user named, read now: a missing or unreadable one fails the goal whatever haltOnFailure says. */
    private Optional<Baseline> baseline() throws MojoExecutionException {
        if (baseline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(baseline.toPath(), BASELINE_SETTING));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("invariants-maven-plugin: " + e.getMessage(), e);
        }
    }

    private void fail(String message) throws MojoFailureException {
        if (haltOnFailure) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message);
    }
}
