package dev.invariants.pitest.internal.kill;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The name a failing test unit reports to PIT, which PIT hands to its result listeners as a killing test
 * ({@code MutationStatusTestPair}): the unit's own name followed by a marker saying what failed it, so the
 * attribution made in the minion, next to the {@code Throwable}, reaches the main process intact.
 *
 * <pre>
 * [engine:junit-jupiter]/[class:com.acme.FeesTest]/[method:caps()] #invariants{invariant=fee-cap,assertion}
 * </pre>
 *
 * Ids are URL-encoded in the marker, so any character an id may hold survives. Only failures carry the
 * marker: coverage and passing tests keep the unit's plain name.
 */
public final class KillName {

    private static final String OPEN = " #invariants{";
    private static final String INVARIANT = "invariant=";
    private static final String OTHER = "assertion";

    private KillName() {}

    /** The failing unit's name with {@code failure} encoded after it. */
    public static String encode(String unitName, Failure failure) {
        List<String> parts = new ArrayList<>();
        for (String id : failure.invariants()) {
            parts.add(INVARIANT + URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
        if (failure.other()) {
            parts.add(OTHER);
        }
        return unitName + OPEN + String.join(",", parts) + "}";
    }

    /** A killing test's name as PIT reports it, split into the test and what failed it. */
    public record Decoded(String test, Optional<Failure> failure) {}

    /**
     * Reads back a name {@link #encode} wrote. A name without the marker (a kill reported by another test plugin)
     * decodes to the name itself and no failure: its kind is unknown, and the report says so.
     */
    public static Decoded decode(String killingTest) {
        int open = killingTest.lastIndexOf(OPEN);
        if (open < 0 || !killingTest.endsWith("}")) {
            return new Decoded(killingTest, Optional.empty());
        }
        String body = killingTest.substring(open + OPEN.length(), killingTest.length() - 1);
        List<String> ids = new ArrayList<>();
        boolean other = false;
        for (String part : body.split(",")) {
            if (part.startsWith(INVARIANT)) {
                ids.add(URLDecoder.decode(part.substring(INVARIANT.length()), StandardCharsets.UTF_8));
            } else if (part.equals(OTHER)) {
                other = true;
            }
        }
        return new Decoded(killingTest.substring(0, open), Optional.of(new Failure(ids, other)));
    }
}
