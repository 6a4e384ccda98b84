package dev.invariants.examples;

/** Entry point of the README's demo command. */
public final class Demo {

    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("invariants demo: placeholder. The payments domain, its two test suites and their"
                + " reports arrive with the examples issue; this command already builds the project.");
    }
}
