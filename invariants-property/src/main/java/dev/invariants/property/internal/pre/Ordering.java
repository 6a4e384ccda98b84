package dev.invariants.property.internal.pre;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Orders the parameters of one alternative so that a parameter comes after those its bounds read.
 * A constraint that would close a cycle is left to filtering.
 */
final class Ordering {

    private Ordering() {
    }

    static Alternative order(List<PreconditionAnalyzer.Part> parts, List<String> names) {
        List<Constraint> constraints = new ArrayList<>();
        List<String> residue = new ArrayList<>();
        Set<String> residueNames = new LinkedHashSet<>();
        for (PreconditionAnalyzer.Part part : parts) {
            if (part.constraint() != null) {
                constraints.add(part.constraint());
            } else {
                residue.add(part.residue());
                residueNames.addAll(mentioned(part.residue(), names));
            }
        }
        List<Integer> order = new ArrayList<>();
        List<Constraint> kept = new ArrayList<>();
        while (order.size() < names.size()) {
            int next = -1;
            for (int i = 0; i < names.size() && next < 0; i++) {
                if (!order.contains(i) && ready(names.get(i), constraints, names, order)) {
                    next = i;
                }
            }
            boolean cycle = next < 0;
            if (cycle) {
                for (int i = 0; i < names.size() && next < 0; i++) {
                    next = order.contains(i) ? -1 : i;
                }
            }
            String name = names.get(next);
            for (Constraint constraint : constraints) {
                if (!constraint.parameter().equals(name)) {
                    continue;
                }
                if (cycle && !dependenciesDone(constraint, name, names, order)) {
                    residue.add(constraint.toString());
                    residueNames.add(name);
                } else {
                    kept.add(constraint);
                }
            }
            order.add(next);
        }
        return new Alternative(kept, order, residue, List.copyOf(residueNames));
    }

    private static boolean ready(String name, List<Constraint> constraints, List<String> names, List<Integer> order) {
        return constraints.stream().filter(c -> c.parameter().equals(name))
                .allMatch(c -> dependenciesDone(c, name, names, order));
    }

    private static boolean dependenciesDone(Constraint constraint, String name, List<String> names, List<Integer> order) {
        if (constraint.bound() == null) {
            return true;
        }
        for (String other : mentioned(constraint.bound().toString(), names)) {
            if (!other.equals(name) && !order.contains(names.indexOf(other))) {
                return false;
            }
        }
        return true;
    }

    static List<String> mentioned(String text, List<String> names) {
        List<String> mentioned = new ArrayList<>();
        for (String name : names) {
            if (Pattern.compile("(?<![.\\w])" + Pattern.quote(name) + "\\b").matcher(text).find()) {
                mentioned.add(name);
            }
        }
        return mentioned;
    }
}
