package dev.invariants.benchmarks.combinations;

import dev.invariants.Invariant;

/** The same rule with one pre+post invariant over three parameters (an int with a bound of pre, an enum, a boolean). */
public class CheckedPremiums {

    @Invariant(id = "premium-positive", pre = "age >= 18", post = "result > 0")
    public long premium(int age, Plan plan, boolean smoker) {
        return Premiums.of(age, plan, smoker);
    }
}
