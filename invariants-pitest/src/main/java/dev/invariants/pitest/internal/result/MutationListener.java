package dev.invariants.pitest.internal.result;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.pitest.mutationtest.ClassMutationResults;
import org.pitest.mutationtest.MutationResult;
import org.pitest.mutationtest.MutationResultListener;
import org.pitest.util.ResultOutputStrategy;

/** Collects every mutant's result; at the end of the run writes the file and prints the summary. */
final class MutationListener implements MutationResultListener {

    private final ResultOutputStrategy output;
    private final boolean fullMatrix;
    private final String reportDir;
    private final PrintStream console;
    private final Tally tally = new Tally();

    MutationListener(ResultOutputStrategy output, boolean fullMatrix, String reportDir, PrintStream console) {
        this.output = output;
        this.fullMatrix = fullMatrix;
        this.reportDir = reportDir;
        this.console = console;
    }

    @Override
    public void runStart() {
        // nothing to prepare: results arrive per class
    }

    @Override
    public synchronized void handleMutationResult(ClassMutationResults results) {
        for (MutationResult result : results.getMutations()) {
            tally.add(Mutant.of(result));
        }
    }

    @Override
    public synchronized void runEnd() {
        try (Writer writer = output.createWriterForFile(MutationFile.NAME)) {
            writer.write(MutationFile.render(tally, fullMatrix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + MutationFile.NAME, e);
        }
        String where = MutationFile.NAME + (reportDir == null ? "" : " in " + reportDir);
        console.println(); // PIT's progress spinner leaves the line open
        ConsoleSummary.lines(tally, fullMatrix, where).forEach(console::println);
    }
}
