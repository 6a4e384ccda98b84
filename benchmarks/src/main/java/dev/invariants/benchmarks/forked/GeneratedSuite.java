package dev.invariants.benchmarks.forked;

import java.util.List;

/**
 * What a suite generator wrote, for the harnesses' checks of every run.
 *
 * @param rootPackage       the package the test JVM selects (every generated package is under it)
 * @param annotatedClasses  the domain types that declare invariants (classes and interfaces), fully qualified
 * @param tests             how many tests the suite holds
 * @param invariants        how many invariants it declares (one per annotation, an interface's counted once)
 */
record GeneratedSuite(String rootPackage, List<String> annotatedClasses, int tests, int invariants) {

    /** What a run that checked every declared invariant prints. */
    String everyInvariantChecked() {
        return "[invariants] " + invariants + " invariants: " + invariants + " checked";
    }
}
