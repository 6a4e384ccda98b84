package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.weave.ClassInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated source of one woven class's checks, with what linking needs: which source line
 * holds which expression (to blame a compiler error on the right invariant and attribute), and the
 * fields each generated method takes as trailing parameters.
 *
 * @param className     binary name of the generated class
 * @param text          the Java source
 * @param lines         source line to the invariant (registry index) and attribute written on it
 * @param memberFields  woven member index to the fields its methods take, in order
 * @param typeFields    the fields the type-invariant method takes, in order
 */
record ClassSource(String className, String text, Map<Integer, Site> lines, Map<Integer, List<ClassInfo.Field>> memberFields,
        List<ClassInfo.Field> typeFields) {

    /** Where an expression sits. */
    record Site(int invariant, String attribute, String expression, String hint) {}

    static final class Lines {
        private final StringBuilder text = new StringBuilder();
        private final Map<Integer, Site> sites = new HashMap<>();
        private int line = 1;

        Lines add(String code) {
            text.append(code).append('\n');
            line += 1 + (int) code.chars().filter(c -> c == '\n').count();
            return this;
        }

        /** Adds a line holding one user expression, remembered for error messages. */
        Lines expression(String before, String expression, String after, Site site) {
            sites.put(line, site);
            return add(before + expression + after);
        }

        String text() {
            return text.toString();
        }

        Map<Integer, Site> sites() {
            return sites;
        }
    }
}
