package dev.invariants.pitest.internal.result;

import java.io.PrintStream;
import java.util.Properties;
import org.pitest.mutationtest.ListenerArguments;
import org.pitest.mutationtest.MutationResultListener;
import org.pitest.mutationtest.MutationResultListenerFactory;

/** PIT's output format {@value #NAME}: add it to {@code outputFormats}, next to {@code XML} or {@code HTML}. */
public final class MutationListenerFactory implements MutationResultListenerFactory {

    /** The output format's name in PIT's configuration (matched ignoring case). */
    public static final String NAME = "INVARIANTS";

    @Override
    public MutationResultListener getListener(Properties properties, ListenerArguments arguments) {
        return make(arguments, System.out);
    }

    static MutationListener make(ListenerArguments arguments, PrintStream console) {
        return new MutationListener(arguments.getOutputStrategy(), arguments.isFullMutationMatrix(),
                arguments.data() == null ? null : arguments.data().getReportDir(), console);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "invariants: which mutants invariants kill, which assertions kill, which survive (" + MutationFile.NAME + ")";
    }
}
