package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.ledger.Ledger;
import dev.invariants.junit.internal.model.InputShapes;
import dev.invariants.junit.internal.model.Partitions;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.report.Combinations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the ledger's pair bits ({@code ledger.Pairs}) into each invariant's {@link Combinations}: the class numbers
 * become labels through the shape its member's compilation described ({@link InputShapes}).
 */
final class PairsReport {

    private PairsReport() {}

    /** By {@link ReportAssembler#key} of the definition. */
    static Map<String, Combinations> of(List<InvariantDefinition> registered, Ledger ledger) {
        Map<String, Combinations> result = new HashMap<>();
        ledger.pairs().forEach((index, bits) -> {
            InputShapes.Shape shape = InputShapes.of(index);
            if (shape == null || index >= registered.size()) {
                return;
            }
            Combinations combinations = combinations(shape, bits);
            result.merge(ReportAssembler.key(registered.get(index)), combinations, Combinations::plus);
        });
        return result;
    }

    private static Combinations combinations(InputShapes.Shape shape, long[] bits) {
        int arity = shape.names().length;
        String[][] constants = new String[arity][];
        for (int i = 0; i < arity; i++) {
            constants[i] = shape.kinds()[i] == Partitions.ENUM ? shape.constants(i) : null;
        }
        int words = 4; // 256 bits per pair of inputs
        int half = arity * (arity - 1) / 2 * words;
        List<Combinations.Pair> tried = new ArrayList<>();
        List<Combinations.Pair> excluded = new ArrayList<>();
        int pair = 0;
        for (int i = 0; i < arity; i++) {
            for (int j = i + 1; j < arity; j++) {
                for (int bit = 0; bit < Partitions.CLASSES * Partitions.CLASSES; bit++) {
                    int word = pair * words + (bit >>> 6);
                    long mask = 1L << bit;
                    boolean held = word < bits.length && (bits[word] & mask) != 0;
                    boolean failed = half + word < bits.length && (bits[half + word] & mask) != 0;
                    if (held || failed) {
                        Combinations.Pair p = new Combinations.Pair(shape.names()[i],
                                label(shape, i, bit / Partitions.CLASSES, constants), shape.names()[j],
                                label(shape, j, bit % Partitions.CLASSES, constants));
                        (held ? tried : excluded).add(p);
                    }
                }
                pair++;
            }
        }
        return new Combinations(List.of(shape.names()), tried, excluded);
    }

    private static String label(InputShapes.Shape shape, int input, int value, String[][] constants) {
        return Partitions.label(shape.kinds()[input], value, shape.bounds()[input], constants[input]);
    }
}
