package dev.invariants.property.internal.gen;

import dev.invariants.property.spi.Source;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Lists, sets, queues and maps, of non-null elements. */
final class CollectionTypes {
    private static final Map<Class<?>, Supplier<Collection<Object>>> COLLECTIONS = Map.ofEntries(
            Map.entry(Iterable.class, ArrayList::new), Map.entry(Collection.class, ArrayList::new),
            Map.entry(List.class, ArrayList::new), Map.entry(ArrayList.class, ArrayList::new),
            Map.entry(LinkedList.class, LinkedList::new), Map.entry(Set.class, LinkedHashSet::new),
            Map.entry(HashSet.class, HashSet::new), Map.entry(LinkedHashSet.class, LinkedHashSet::new),
            Map.entry(SortedSet.class, TreeSet::new), Map.entry(NavigableSet.class, TreeSet::new),
            Map.entry(TreeSet.class, TreeSet::new), Map.entry(Queue.class, ArrayDeque::new),
            Map.entry(Deque.class, ArrayDeque::new), Map.entry(ArrayDeque.class, ArrayDeque::new));
    private static final Map<Class<?>, Supplier<Map<Object, Object>>> MAPS = Map.of(
            Map.class, LinkedHashMap::new, HashMap.class, HashMap::new, LinkedHashMap.class, LinkedHashMap::new,
            SortedMap.class, TreeMap::new, NavigableMap.class, TreeMap::new, TreeMap.class, TreeMap::new);

    private CollectionTypes() {
    }

    static boolean supports(Class<?> raw) {
        return COLLECTIONS.containsKey(raw) || MAPS.containsKey(raw);
    }

    static Optional<Object> generate(TypeGenerators generators, Source source, Type type, Class<?> raw, Bounds bounds, int depth) {
        Supplier<Collection<Object>> collection = COLLECTIONS.get(raw);
        if (collection != null) {
            Collection<Object> result = collection.get();
            // elements are never null: a null element is rarely what a precondition means, and sorted sets and deques refuse it
            Bounds element = Bounds.NONE.withNonNull();
            Supplier<Object> draw = () -> generators.generate(source, TypeGenerators.argument(type, 0), element, depth + 1);
            result.addAll(result instanceof Set
                    ? Containers.distinct(source, bounds.minLength(), bounds.maxLength(), draw)
                    : Containers.elements(source, bounds.minLength(), bounds.maxLength(), draw));
            return Optional.of(result);
        }
        Supplier<Map<Object, Object>> map = MAPS.get(raw);
        if (map == null) {
            return Optional.empty();
        }
        Map<Object, Object> result = map.get();
        Bounds key = Bounds.NONE.withNonNull();
        Bounds value = Bounds.NONE.withNonNull();
        for (Object k : Containers.distinct(source, bounds.minLength(), bounds.maxLength(),
                () -> generators.generate(source, TypeGenerators.argument(type, 0), key, depth + 1))) {
            result.put(k, generators.generate(source, TypeGenerators.argument(type, 1),
                    value, depth + 1));
        }
        return Optional.of(result);
    }
}
