package dev.invariants.junit.internal.expr.attr;

import java.util.List;

/**
 * Where an expression is attributed: whose names it sees, where its code will run, what it may use.
 *
 * @param declaring        internal name of the class or interface that declares the invariant: its fields,
 *                         methods, nested types, package and referenced types are the expression's names
 * @param woven            internal name of the class whose hidden nestmate runs the code (decides which
 *                         members are read directly and which through the access bootstrap)
 * @param memberName       name of the woven method ({@code <init>} for a constructor), or {@code null} for a
 *                         type invariant
 * @param memberDescriptor descriptor of the woven member, or {@code null} for a type invariant; its generic
 *                         signature (read from {@code woven}'s class file) types the parameters and {@code result}
 * @param parameterNames   the names expressions use for the parameters, one per parameter
 * @param isStatic         whether there is no {@code this}
 * @param part             which attribute is attributed: what {@code result} and {@code old(...)} mean there
 */
public record Context(String declaring, String woven, String memberName, String memberDescriptor,
        List<String> parameterNames, boolean isStatic, Part part) {

    /** The annotation attribute being attributed. */
    public enum Part {
        /** {@code pre}: no {@code result}, no {@code old}. */
        PRE,
        /** {@code post} of a method or constructor: {@code result} for non-void methods, {@code old(e)}. */
        POST,
        /** {@code post} of a type invariant: {@code this} only. */
        TYPE,
        /** A side of a comparison for boundary evidence, attributed like {@code POST} but without {@code old}. */
        VALUE
    }
}
