package dev.invariants.benchmarks.startup.suite;

public class PercentFees implements FeeSchedule {

    private final long percent;

    public PercentFees(long percent) {
        this.percent = percent;
    }

    @Override
    public long fee(long amount) {
        return amount * percent / 100;
    }
}
