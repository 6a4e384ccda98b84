package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Typed.Conversion;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.NullType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;

/**
 * The conversions of JLS 5 as explicit {@link Typed.Convert} nodes: primitive widening and narrowing
 * (folded on constants), boxing, unboxing, and the checked casts erasure needs where a generic type
 * was narrower than its erased JVM type.
 */
final class Conversions {

    private Conversions() {}

    /** Whether {@code s} converts to {@code t} in an invocation context: strict, or loose with boxing (JLS 5.3). */
    static boolean isAssignable(JavaType s, JavaType t, boolean loose) {
        if (s == PrimitiveType.VOID || t == PrimitiveType.VOID) {
            return false;
        }
        if (Types.isSubtype(s, t)) {
            return true;
        }
        if (!loose) {
            return false;
        }
        if (s instanceof PrimitiveType ps && !(t instanceof PrimitiveType)) {
            return Types.isSubtype(Types.boxed(ps), t);
        }
        if (t instanceof PrimitiveType pt && !(s instanceof PrimitiveType)) {
            PrimitiveType unboxed = Types.unboxed(s);
            return unboxed != null && unboxed.widensTo(pt);
        }
        return false;
    }

    /** Assignment-context narrowing of an {@code int} constant to {@code byte}, {@code short} or {@code char} (JLS 5.2). */
    static boolean narrowsConstant(Value value, JavaType target) {
        PrimitiveType goal = target instanceof PrimitiveType p ? p : Types.unboxed(target);
        if (goal != PrimitiveType.BYTE && goal != PrimitiveType.SHORT && goal != PrimitiveType.CHAR) {
            return false;
        }
        if (target instanceof ClassType && !(target.equals(Types.boxed(goal)))) {
            return false;
        }
        return value.constant() instanceof Integer i && value.type() instanceof PrimitiveType p
                && p != PrimitiveType.BOOLEAN && p != PrimitiveType.LONG && Folding.representable(i, goal);
    }

    /**
     * {@code value} converted to {@code target} as an invocation or assignment context converts it,
     * or {@code null} when it does not convert.
     */
    static Typed convert(Value value, JavaType target, boolean loose, boolean narrowConstants) {
        JavaType s = value.type();
        Typed code = value.code();
        if (narrowConstants && narrowsConstant(value, target)) {
            PrimitiveType goal = target instanceof PrimitiveType p ? p : Types.unboxed(target);
            Typed narrowed = primitive(code, (PrimitiveType) s, goal);
            return target instanceof PrimitiveType ? narrowed : box(narrowed, goal);
        }
        if (s instanceof PrimitiveType ps && target instanceof PrimitiveType pt) {
            return ps.widensTo(pt) ? primitive(code, ps, pt) : null;
        }
        if (s instanceof PrimitiveType ps) {
            if (!loose || ps == PrimitiveType.VOID || !Types.isSubtype(Types.boxed(ps), target)) {
                return null;
            }
            return box(code, ps);
        }
        if (target instanceof PrimitiveType pt) {
            PrimitiveType unboxed = Types.unboxed(s);
            if (!loose || unboxed == null || !unboxed.widensTo(pt)) {
                return null;
            }
            return primitive(unbox(code, s, unboxed), unboxed, pt);
        }
        if (s == NullType.INSTANCE) {
            return code instanceof Typed.Constant ? new Typed.Constant(null, Types.asm(target)) : code;
        }
        if (!Types.isSubtype(s, target)) {
            return null;
        }
        return coerce(code, s, target);
    }

    /** A primitive conversion, folded when {@code code} is a constant. */
    static Typed primitive(Typed code, PrimitiveType from, PrimitiveType to) {
        if (from == to) {
            return code;
        }
        if (code instanceof Typed.Constant c && c.value() != null) {
            return new Typed.Constant(Folding.convert(c.value(), from, to), to.asm());
        }
        if (from.asm().equals(to.asm())) {
            return code;
        }
        // byte/short/char to int (and byte to short) need no instruction, but the node says the new type.
        return new Typed.Convert(Conversion.PRIMITIVE, code, to.asm());
    }

    static Typed box(Typed code, PrimitiveType primitive) {
        return new Typed.Convert(Conversion.BOX, code, Types.asm(Types.boxed(primitive)));
    }

    /** Unboxing from a wrapper, or from a type whose erasure is wider (a type variable): checked cast first. */
    static Typed unbox(Typed code, JavaType from, PrimitiveType primitive) {
        ClassType wrapper = Types.boxed(primitive);
        Typed source = code.type().equals(Types.asm(wrapper)) ? code
                : new Typed.Convert(Conversion.CHECKCAST, code, Types.asm(wrapper));
        return new Typed.Convert(Conversion.UNBOX, source, primitive.asm());
    }

    /**
     * {@code code}, whose static type is {@code type}, as a JVM value of {@code expected}'s erasure: a checked
     * cast when the erasures do not already say so ({@code T extends Object & Comparable<T>} used as
     * {@code Comparable}, a type variable instantiated to {@code Line}).
     */
    static Typed coerce(Typed code, JavaType type, JavaType expected) {
        if (expected instanceof PrimitiveType || type instanceof PrimitiveType) {
            return code;
        }
        JavaType erasedExpected = Types.erasure(expected);
        if (Types.isObject(erasedExpected) || isErasedSubtype(code, type, erasedExpected)) {
            return code;
        }
        if (code instanceof Typed.Constant c && c.value() == null) {
            return new Typed.Constant(null, Types.asm(erasedExpected));
        }
        return new Typed.Convert(Conversion.CHECKCAST, code, Types.asm(erasedExpected));
    }

    private static boolean isErasedSubtype(Typed code, JavaType type, JavaType erasedExpected) {
        return code.type().equals(Types.asm(erasedExpected)) || Types.isSubtype(Types.erasure(type), erasedExpected);
    }
}
