package dev.invariants.junit.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Kind;
import dev.invariants.report.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvariantRegistryTests {

    private static InvariantDefinition type(String owner, String id, String post) {
        return new InvariantDefinition(id, true, Kind.TYPE, owner, null, "Registered.java", 1, "true", post, List.of(), "");
    }

    @Test
    @DisplayName("should give dense indexes past the array's growth, and the same index to the same declaration")
    void denseIndexes() {
        String owner = "com.acme.Registered" + System.nanoTime();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            indexes.add(InvariantRegistry.register(type(owner, "r" + i, "size() >= " + i)));
        }

        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(indexes.get(i - 1) + 1);
        }
        assertThat(InvariantRegistry.register(type(owner, "r42", "anything else"))).isEqualTo(indexes.get(42));
        assertThat(InvariantRegistry.definition(indexes.get(99)).id()).isEqualTo("r99");
        assertThat(InvariantRegistry.size()).isGreaterThan(indexes.get(99));
        assertThat(InvariantRegistry.all()).hasSize(InvariantRegistry.size())
                .element(indexes.get(7)).extracting(InvariantDefinition::id).isEqualTo("r7");
    }

    @Test
    @DisplayName("should list a post's comparisons when asked, from any thread, and none for an unknown index")
    void comparisonsOnDemand() throws InterruptedException {
        String owner = "com.acme.Compared" + System.nanoTime();
        int index = InvariantRegistry.register(type(owner, "c", "balance >= 0 && limit.compareTo(balance) > 0"));
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                for (Comparison each : InvariantRegistry.comparisons(index)) {
                    seen.add(each.left() + " " + each.operator() + " " + each.right());
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(seen).hasSize(8).containsOnly("balance >= 0", "limit > balance");
        assertThat(InvariantRegistry.comparisons(InvariantRegistry.size() + 1000)).isEmpty();
    }
}
