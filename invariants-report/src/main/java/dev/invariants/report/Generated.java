package dev.invariants.report;

/**
 * What the property tests generated from one invariant did ({@code invariants-property}): how many
 * inputs they generated and how many of those the invariant's {@code pre} (or building the input)
 * rejected. Absent from the report for invariants no generated test ran.
 *
 * @param runs                    generated properties run for the invariant (one per run of its test)
 * @param tries                   inputs generated, valid or not
 * @param rejected                inputs rejected: the precondition was false, or the input could not be built
 * @param failed                  runs that found a counterexample
 * @param couldNotBeFalsified     whether the {@code post} held for every substituted value tried
 *                                (a likely tautology: it checks nothing), see docs/generation.md
 */
public record Generated(long runs, long tries, long rejected, long failed, boolean couldNotBeFalsified) {

    /** The share of generated inputs the precondition rejected, 0 when none were generated. */
    public double rejectedShare() {
        return tries == 0 ? 0 : (double) rejected / tries;
    }

    /** Both together; {@code null} counts as nothing. */
    public Generated plus(Generated other) {
        if (other == null) {
            return this;
        }
        return new Generated(runs + other.runs, tries + other.tries, rejected + other.rejected, failed + other.failed,
                couldNotBeFalsified || other.couldNotBeFalsified);
    }
}
