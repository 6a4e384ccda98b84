package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Sizes of collections, arrays and maps: one "one more?" flag per element, so deleting choices deletes elements. */
final class Containers {
    private static final double MORE = 0.8;
    private static final int DISTINCT_ATTEMPTS = 20;

    private Containers() {
    }

    static List<Object> elements(Source source, long minSize, long maxSize, Supplier<Object> element) {
        if (minSize > maxSize) {
            throw source.reject("no size in [" + minSize + ", " + maxSize + "]");
        }
        int edge = source.edgeCase(2);
        long wanted = edge < 0 ? -1 : minSize + edge;
        List<Object> items = new ArrayList<>();
        while (items.size() < minSize || items.size() < maxSize && more(source, wanted, items.size())) {
            items.add(element.get());
        }
        return items;
    }

    /** Distinct elements (for sets and map keys): a duplicate is drawn again, a few times. */
    static List<Object> distinct(Source source, long minSize, long maxSize, Supplier<Object> element) {
        if (minSize > maxSize) {
            throw source.reject("no size in [" + minSize + ", " + maxSize + "]");
        }
        int edge = source.edgeCase(2);
        long wanted = edge < 0 ? -1 : minSize + edge;
        List<Object> items = new ArrayList<>();
        int misses = 0;
        while (items.size() < minSize || items.size() < maxSize && more(source, wanted, items.size())) {
            Object item = element.get();
            if (items.contains(item)) {
                if (++misses > DISTINCT_ATTEMPTS) {
                    throw source.reject("could not draw " + minSize + " distinct elements");
                }
            } else {
                items.add(item);
            }
        }
        return items;
    }

    private static boolean more(Source source, long wanted, int size) {
        return wanted < 0 ? source.chooseBoolean(MORE) : source.choose(1, size < wanted ? 1 : 0) == 1;
    }
}
