package dev.invariants.benchmarks.combinations;

/** The premium rule without any check: the baseline. */
public class PlainPremiums {

    public long premium(int age, Plan plan, boolean smoker) {
        return Premiums.of(age, plan, smoker);
    }
}
