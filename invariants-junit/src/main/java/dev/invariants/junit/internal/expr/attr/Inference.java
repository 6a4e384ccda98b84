package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.Casts;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.Members;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeVar;
import dev.invariants.junit.internal.expr.types.Types;
import dev.invariants.junit.internal.expr.types.Wildcard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type inference for one generic call (JLS 18), reduced to what everyday expressions need: each type
 * parameter of the method becomes an inference variable; argument types, lambda bodies and the
 * target type add equal, lower and upper bounds; a variable resolves to its equal bound, else the
 * least upper bound of its lower bounds, else its most specific upper bound, else its declared bound.
 * It does not backtrack and does not check bounds against each other: a choice that does not fit
 * shows up afterwards, when each argument is converted to its resolved parameter type.
 */
final class Inference {

    private static final class Bounds {
        final List<JavaType> equal = new ArrayList<>();
        final List<JavaType> lower = new ArrayList<>();
        final List<JavaType> upper = new ArrayList<>();
        JavaType resolved;
        boolean defaulted;
    }

    private final Map<TypeVar, TypeVar> byOrigin = new LinkedHashMap<>();
    private final Map<TypeVar, Bounds> bounds = new LinkedHashMap<>();

    /** Inference variables for {@code parameters} (a generic method's, or a class's for {@code new C<>()}). */
    Inference(List<TypeVar> parameters) {
        for (TypeVar each : parameters) {
            TypeVar variable = TypeVar.inference(each);
            byOrigin.put(each, variable);
            bounds.put(variable, new Bounds());
        }
    }

    /** {@code type} with the method's type parameters replaced by their inference variables. */
    JavaType open(JavaType type) {
        return Types.subst(type, byOrigin);
    }

    boolean isVariable(JavaType type) {
        return type instanceof TypeVar v && bounds.containsKey(v);
    }

    /** Whether {@code type} mentions an inference variable of this call that is not resolved yet. */
    boolean isOpen(JavaType type) {
        return Types.mentions(type, v -> bounds.containsKey(v) && bounds.get(v).resolved == null);
    }

    /** Whether some variable was resolved without an equal or lower bound: the call would profit from a target type. */
    boolean defaulted() {
        for (Bounds each : bounds.values()) {
            if (each.defaulted) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- reduction

    /** {@code value of type s} is passed where {@code t} is expected (an invocation context, boxing allowed). */
    void compatible(JavaType s, JavaType t) {
        if (s == NullType.INSTANCE || s == PrimitiveType.VOID) {
            return;
        }
        if (s instanceof PrimitiveType p && !(t instanceof PrimitiveType)) {
            subtype(Types.boxed(p), t);
            return;
        }
        if (t instanceof PrimitiveType) {
            return;
        }
        subtype(s, t);
    }

    /** {@code s <: t}. */
    void subtype(JavaType s, JavaType t) {
        if (s == NullType.INSTANCE || s.equals(t)) {
            return;
        }
        if (isVariable(t)) {
            if (!isVariable(s)) {
                bounds.get((TypeVar) t).lower.add(s instanceof PrimitiveType p ? Types.boxed(p) : s);
            }
            return;
        }
        if (isVariable(s)) {
            bounds.get((TypeVar) s).upper.add(t);
            return;
        }
        if (t instanceof ArrayType ta) {
            if (s instanceof ArrayType sa && !(sa.component() instanceof PrimitiveType)) {
                subtype(sa.component(), ta.component());
            }
            return;
        }
        if (!(t instanceof ClassType tc) || tc.arguments().isEmpty()) {
            return;
        }
        JavaType source = s instanceof TypeVar || s instanceof Wildcard ? Types.upperBound(s) : s;
        if (!(source instanceof ClassType sc)) {
            return;
        }
        ClassType sup = Types.asSuper(Members.capture(sc), tc.symbol());
        if (sup == null || sup.arguments().size() != tc.arguments().size()) {
            return;
        }
        for (int i = 0; i < tc.arguments().size(); i++) {
            contained(sup.arguments().get(i), tc.arguments().get(i));
        }
    }

    /** The type argument {@code s} is contained by {@code t} (JLS 4.5.1). */
    private void contained(JavaType s, JavaType t) {
        if (t instanceof Wildcard w) {
            if (w.isUnbounded()) {
                return;
            }
            if (w.isSuper()) {
                JavaType lower = s instanceof Wildcard sw ? sw.lower() : s;
                if (lower != null) {
                    subtype(w.bound(), lower);
                }
            } else {
                JavaType upper = s instanceof Wildcard sw ? (sw.upper() != null ? sw.upper() : Types.object()) : s;
                subtype(upper, w.bound());
            }
            return;
        }
        equal(s, t);
    }

    /** {@code s = t}. */
    void equal(JavaType s, JavaType t) {
        if (s.equals(t)) {
            return;
        }
        if (isVariable(t)) {
            if (!isVariable(s)) {
                bounds.get((TypeVar) t).equal.add(s);
            }
            return;
        }
        if (isVariable(s)) {
            bounds.get((TypeVar) s).equal.add(t);
            return;
        }
        if (s instanceof ClassType sc && t instanceof ClassType tc && sc.symbol() == tc.symbol()
                && sc.arguments().size() == tc.arguments().size()) {
            for (int i = 0; i < sc.arguments().size(); i++) {
                equal(sc.arguments().get(i), tc.arguments().get(i));
            }
        } else if (s instanceof ArrayType sa && t instanceof ArrayType ta) {
            equal(sa.component(), ta.component());
        } else if (s instanceof Wildcard sw && t instanceof Wildcard tw && sw.bound() != null
                && tw.bound() != null && sw.isSuper() == tw.isSuper()) {
            equal(sw.bound(), tw.bound());
        }
    }

    // ---------------------------------------------------------------- resolution

    /** Resolves the variables {@code type} mentions (all of them when {@code type} is {@code null}). */
    void resolve(JavaType type) {
        for (int round = 0; round < 4; round++) {
            boolean progress = false;
            for (Map.Entry<TypeVar, Bounds> each : bounds.entrySet()) {
                Bounds b = each.getValue();
                if (b.resolved != null || (type != null && !Types.mentions(type, v -> v == each.getKey()))) {
                    continue;
                }
                JavaType chosen = choose(each.getKey(), b, round == 3);
                if (chosen != null) {
                    b.resolved = chosen;
                    progress = true;
                }
            }
            if (!progress && round > 0) {
                break;
            }
        }
        for (Map.Entry<TypeVar, Bounds> each : bounds.entrySet()) {
            Bounds b = each.getValue();
            if (b.resolved == null && (type == null || Types.mentions(type, v -> v == each.getKey()))) {
                b.resolved = fallback(each.getKey());
                b.defaulted = true;
            }
        }
    }

    /** A choice for {@code variable} from its proper bounds, or {@code null} to wait for others ({@code force}: do not wait). */
    private JavaType choose(TypeVar variable, Bounds b, boolean force) {
        for (JavaType each : b.equal) {
            JavaType proper = proper(each);
            if (proper != null) {
                return proper;
            }
        }
        JavaType lub = null;
        boolean waiting = false;
        for (JavaType each : b.lower) {
            JavaType proper = proper(each);
            if (proper == null) {
                waiting = true;
                continue;
            }
            lub = lub == null ? proper : Casts.lub(lub, proper);
        }
        if (lub != null && (!waiting || force)) {
            return lub;
        }
        if (!b.equal.isEmpty() && !force) {
            return null;
        }
        JavaType best = null;
        for (JavaType each : b.upper) {
            JavaType proper = proper(each);
            if (proper == null) {
                waiting = true;
                continue;
            }
            if (Types.isObject(proper)) {
                continue;
            }
            if (best == null || Types.isSubtype(proper, best)) {
                best = proper;
            }
        }
        if (best != null && (!waiting || force)) {
            b.defaulted = true;
            return best;
        }
        return null;
    }

    private JavaType fallback(TypeVar variable) {
        List<JavaType> declared = variable.origin().bounds();
        if (declared.isEmpty()) {
            return Types.object();
        }
        JavaType bound = proper(open(declared.get(0)));
        return bound != null ? bound : Types.erasure(declared.get(0));
    }

    /** {@code type} with resolved variables substituted, or {@code null} when it still mentions an unresolved one. */
    private JavaType proper(JavaType type) {
        JavaType substituted = Types.subst(type, resolutions());
        return Types.mentions(substituted, bounds::containsKey) ? null : substituted;
    }

    private Map<TypeVar, JavaType> resolutions() {
        Map<TypeVar, JavaType> result = new HashMap<>();
        for (Map.Entry<TypeVar, Bounds> each : bounds.entrySet()) {
            if (each.getValue().resolved != null) {
                result.put(each.getKey(), each.getValue().resolved);
            }
        }
        return result;
    }

    /** {@code type} (opened) with every resolved variable substituted; unresolved ones stay. */
    JavaType apply(JavaType type) {
        return Types.subst(type, resolutions());
    }

    /**
     * {@code type} as a target for a nested poly expression before this call is resolved: resolved and
     * resolvable variables substituted, the others as unbounded wildcards (no constraint) inside type
     * arguments; {@code null} when the whole target is still unknown.
     */
    JavaType tentative(JavaType type) {
        Map<TypeVar, JavaType> map = new HashMap<>();
        for (Map.Entry<TypeVar, Bounds> each : bounds.entrySet()) {
            Bounds b = each.getValue();
            if (b.resolved != null) {
                map.put(each.getKey(), b.resolved);
            } else if (!b.equal.isEmpty() || !b.lower.isEmpty()) {
                JavaType chosen = choose(each.getKey(), b, false);
                if (chosen != null) {
                    map.put(each.getKey(), chosen);
                }
            }
        }
        JavaType substituted = Types.subst(type, map);
        if (isVariable(substituted)) {
            return null;
        }
        return wildcards(substituted);
    }

    private JavaType wildcards(JavaType type) {
        if (type instanceof ClassType c && !c.arguments().isEmpty()) {
            List<JavaType> arguments = new ArrayList<>();
            for (JavaType each : c.arguments()) {
                if (isVariable(each) || (each instanceof Wildcard w && w.bound() != null && isOpen(w.bound()))) {
                    arguments.add(Wildcard.UNBOUNDED);
                } else {
                    arguments.add(wildcards(each));
                }
            }
            return new ClassType(c.symbol(), arguments);
        }
        if (type instanceof ArrayType a) {
            return isVariable(a.component()) ? Types.object() : new ArrayType(wildcards(a.component()));
        }
        return type;
    }
}
