package dev.invariants.pitest.internal.result;

import dev.invariants.pitest.internal.kill.Failure;
import dev.invariants.pitest.internal.kill.KillName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pitest.mutationtest.DetectionStatus;
import org.pitest.mutationtest.MutationResult;
import org.pitest.mutationtest.engine.MutationDetails;

/**
 * One mutant and what killed it.
 *
 * @param className    the mutated class
 * @param method       the mutated method's name
 * @param file         the source file's name
 * @param line         the mutated line
 * @param mutator      PIT's mutator, fully qualified
 * @param description  PIT's description of the change
 * @param status       PIT's status ({@code KILLED}, {@code SURVIVED}, {@code TIMED_OUT}, {@code NO_COVERAGE}, ...)
 * @param killedBy     what killed it, for a killed mutant; {@code null} otherwise
 * @param invariants   the invariants whose violations killed it
 * @param killingTests the tests that killed it, by the names of their test units
 */
record Mutant(String className, String method, String file, int line, String mutator, String description,
        String status, KilledBy killedBy, List<String> invariants, List<String> killingTests) {

    /** What failed the tests that killed a mutant, over all its killing tests. */
    enum KilledBy {
        /** Every killing test failed with an invariant violation. */
        INVARIANTS("invariants"),
        /** No killing test failed with one: assertions, or other exceptions. */
        ASSERTIONS("assertions"),
        /** Some failures were violations, some were not. */
        BOTH("both"),
        /** Killed, but no killing test says how: another test plugin ran it, or PIT gave no test name. */
        UNKNOWN("unknown");

        final String json;

        KilledBy(String json) {
            this.json = json;
        }
    }

    static Mutant of(MutationResult result) {
        MutationDetails details = result.getDetails();
        Set<String> invariants = new LinkedHashSet<>();
        Set<String> tests = new LinkedHashSet<>();
        boolean byInvariant = false;
        boolean byOther = false;
        boolean unknown = false;
        for (String killing : result.getKillingTests()) {
            KillName.Decoded decoded = KillName.decode(killing);
            tests.add(decoded.test());
            Optional<Failure> failure = decoded.failure();
            if (failure.isEmpty()) {
                unknown = true;
                continue;
            }
            invariants.addAll(failure.get().invariants());
            byInvariant |= failure.get().byInvariant();
            byOther |= failure.get().other();
        }
        KilledBy killedBy = null;
        if (result.getStatus() == DetectionStatus.KILLED) {
            killedBy = byInvariant && byOther ? KilledBy.BOTH
                    : byInvariant ? (unknown ? KilledBy.BOTH : KilledBy.INVARIANTS)
                    : byOther ? KilledBy.ASSERTIONS : KilledBy.UNKNOWN;
        }
        return new Mutant(details.getClassName().asJavaName(), details.getMethod(), details.getFilename(),
                details.getLineNumber(), details.getMutator(), details.getDescription(), result.getStatus().name(),
                killedBy, new ArrayList<>(invariants), new ArrayList<>(tests));
    }

    /** {@code com.acme.Fees.fee(Fees.java:12)}: the form IDEs turn into a link. */
    String location() {
        return className + "." + method + "(" + file + ":" + line + ")";
    }

    /** The mutator's simple name: {@code MathMutator}. */
    String mutatorName() {
        return mutator.substring(mutator.lastIndexOf('.') + 1);
    }
}
