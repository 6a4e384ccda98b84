package dev.invariants.junit.internal.weave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlansTests {

    private static final class Loader extends ClassLoader {
        Loader() {
            super(null);
        }
    }

    /** Two live loaders whose identity hashes are equal: found by creating loaders until two collide. */
    private static ClassLoader[] collidingLoaders() {
        Map<Integer, ClassLoader> byHash = new HashMap<>();
        for (int i = 0; i < 2_000_000; i++) {
            ClassLoader loader = new Loader();
            ClassLoader earlier = byHash.putIfAbsent(System.identityHashCode(loader), loader);
            if (earlier != null) {
                return new ClassLoader[] {earlier, loader};
            }
        }
        throw new AssertionError("no two of 2,000,000 loaders had the same identity hash");
    }

    @Test
    @DisplayName("should not give a class the plan of a same-named class of another loader with the same identity hash")
    void loadersWithEqualIdentityHashes() {
        ClassLoader[] loaders = collidingLoaders();
        ClassPlan plan = new ClassPlan(null, List.of(), List.of(), List.of());
        assertThat(System.identityHashCode(loaders[0])).isEqualTo(System.identityHashCode(loaders[1]));

        Plans.put(loaders[0], "com/acme/Fees", plan);

        assertThat(Plans.of(loaders[0], "com.acme.Fees")).isSameAs(plan);
        assertThat(Plans.of(loaders[1], "com.acme.Fees")).isNull();
    }
}
