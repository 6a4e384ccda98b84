package dev.invariants.junit.internal.model;

import java.util.ArrayList;
import java.util.List;

/** The attribute values of one {@code @Invariant} as the class file stores them; absent ones keep the defaults. */
final class RawInvariant {
    String id = "";
    String pre = "true";
    String post = "";
    String description = "";
    final List<String> raises = new ArrayList<>();
    boolean preWritten;
}
