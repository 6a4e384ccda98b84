package dev.invariants.benchmarks.combinations;

/** The rule both classes compute. */
final class Premiums {

    private Premiums() {}

    static long of(int age, Plan plan, boolean smoker) {
        long base = plan == Plan.BASIC ? 100 : plan == Plan.PLUS ? 150 : 240;
        return base + (smoker ? 60 : 0) + (age > 60 ? 90 : 0);
    }
}
