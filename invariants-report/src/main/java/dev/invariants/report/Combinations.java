package dev.invariants.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise (2-way) coverage of one method or constructor invariant by the written tests: which pairs of
 * classes of two different inputs (see docs/signals.md for the classes) calls with {@code pre} held tried.
 * What is stored is what merges (the pairs tried, and those seen only with {@code pre} false); the counts and
 * the missing pairs are derived from them.
 *
 * <p>The possible pairs are those of classes that each were tried with {@code pre} held: combining values that
 * no test tried alone is not what this measures. A pair seen only in calls whose {@code pre} was false is not
 * counted as possible either: without solving {@code pre}, that may be a pair it excludes.
 *
 * @param inputs   the parameters' names, in declaration order
 * @param tried    the pairs tried with {@code pre} held
 * @param excluded the pairs seen only in calls whose {@code pre} was false (never in {@code tried})
 */
public record Combinations(List<String> inputs, List<Pair> tried, List<Pair> excluded) {

    /**
     * The classes of two inputs, the first before the second in {@link #inputs}.
     *
     * @param first       the first input's name
     * @param firstClass  its class: an enum constant's name, {@code true}, {@code false}, {@code zero}, {@code empty}...
     * @param second      the second input's name
     * @param secondClass its class
     */
    public record Pair(String first, String firstClass, String second, String secondClass) {

        /** {@code plan = FAMILY with smoker = true}: how messages and the page name a pair. */
        public String text() {
            return first + " = " + firstClass + " with " + second + " = " + secondClass;
        }
    }

    public Combinations {
        inputs = List.copyOf(inputs);
        Set<Pair> held = new LinkedHashSet<>(tried);
        tried = List.copyOf(held);
        excluded = excluded.stream().filter(p -> !held.contains(p)).distinct().toList();
    }

    /** Both together: pairs tried in either, and those seen only with {@code pre} false in both. */
    public Combinations plus(Combinations other) {
        if (other == null) {
            return this;
        }
        List<String> names = inputs.size() >= other.inputs.size() ? inputs : other.inputs;
        List<Pair> allTried = new ArrayList<>(tried);
        allTried.addAll(other.tried);
        List<Pair> allExcluded = new ArrayList<>(excluded);
        allExcluded.addAll(other.excluded);
        return new Combinations(names, allTried, allExcluded);
    }

    /** How many of the {@link #possible()} pairs were tried. */
    public int covered() {
        return tried.size();
    }

    /** How many pairs could be tried: see the class comment. */
    public int possible() {
        return tried.size() + missing().size();
    }

    /** {@code covered / possible}, 1 when nothing is possible. */
    public double ratio() {
        int possible = possible();
        return possible == 0 ? 1 : (double) covered() / possible;
    }

    /** The possible pairs never tried, in input order, then each input's classes sorted as text (stable across runs). */
    public List<Pair> missing() {
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        inputs.forEach(name -> classes.put(name, new LinkedHashSet<>()));
        for (Pair pair : tried) {
            classes.computeIfAbsent(pair.first(), k -> new LinkedHashSet<>()).add(pair.firstClass());
            classes.computeIfAbsent(pair.second(), k -> new LinkedHashSet<>()).add(pair.secondClass());
        }
        Set<Pair> known = new LinkedHashSet<>(tried);
        known.addAll(excluded);
        List<String> names = new ArrayList<>(classes.keySet());
        List<Pair> missing = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                for (String a : sorted(classes.get(names.get(i)))) {
                    for (String b : sorted(classes.get(names.get(j)))) {
                        Pair pair = new Pair(names.get(i), a, names.get(j), b);
                        if (!known.contains(pair)) {
                            missing.add(pair);
                        }
                    }
                }
            }
        }
        return missing;
    }

    /**
     * The {@link #missing()} pairs, most telling first: an enum constant against a boolean, then two named values,
     * then a named value against a range of values, then the rest (docs/signals.md).
     */
    public List<Pair> missingMostTellingFirst() {
        return UntriedPairs.mostTelling(this);
    }

    // Stable whatever order tests ran in: classes sort as text.
    private static List<String> sorted(Set<String> classes) {
        return classes.stream().sorted().toList();
    }
}
