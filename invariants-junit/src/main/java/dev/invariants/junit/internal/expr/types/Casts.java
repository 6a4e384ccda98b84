package dev.invariants.junit.internal.expr.types;

import java.util.ArrayList;
import java.util.List;

/** Casting conversion between types (JLS 5.5) and the least upper bound of two types (JLS 4.10.4, simplified). */
public final class Casts {

    private Casts() {}

    /** Whether a cast from {@code from} to {@code to} compiles (JLS 5.5), unchecked casts included. */
    public static boolean isCastable(JavaType from, JavaType to) {
        if (from instanceof PrimitiveType pf) {
            if (to instanceof PrimitiveType pt) {
                return pf == pt || (pf.isNumeric() && pt.isNumeric());
            }
            return pf != PrimitiveType.VOID && Types.isSubtype(Types.boxed(pf), to);
        }
        if (to instanceof PrimitiveType pt) {
            PrimitiveType unboxed = Types.unboxed(from);
            if (unboxed != null) {
                return unboxed.widensTo(pt);
            }
            return pt != PrimitiveType.VOID && Types.isSubtype(Types.boxed(pt), Types.erasure(from));
        }
        if (from == NullType.INSTANCE) {
            return true;
        }
        JavaType f = Types.erasure(from);
        JavaType t = Types.erasure(to);
        if (Types.isSubtype(f, t) || Types.isSubtype(t, f)) {
            return true;
        }
        if (f instanceof ArrayType fa && t instanceof ArrayType ta) {
            if (fa.component() instanceof PrimitiveType || ta.component() instanceof PrimitiveType) {
                return fa.component().equals(ta.component());
            }
            return isCastable(fa.component(), ta.component());
        }
        if (f instanceof ClassType fc && t instanceof ClassType tc) {
            boolean fFinal = (fc.symbol().access() & net.bytebuddy.jar.asm.Opcodes.ACC_FINAL) != 0;
            boolean tFinal = (tc.symbol().access() & net.bytebuddy.jar.asm.Opcodes.ACC_FINAL) != 0;
            if (fc.symbol().isInterface() && tc.symbol().isInterface()) {
                return true;
            }
            if (fc.symbol().isInterface()) {
                return !tFinal;
            }
            if (tc.symbol().isInterface()) {
                return !fFinal;
            }
        }
        return false;
    }

    /** A least upper bound of two reference types, simplified: the nearest shared class, then interface. */
    public static JavaType lub(JavaType a, JavaType b) {
        if (a == NullType.INSTANCE) {
            return b;
        }
        if (b == NullType.INSTANCE || Types.isSubtype(b, a)) {
            return a;
        }
        if (Types.isSubtype(a, b)) {
            return b;
        }
        if (a instanceof ArrayType aa && b instanceof ArrayType ba && aa.component().isReference()
                && ba.component().isReference()) {
            return new ArrayType(lub(aa.component(), ba.component()));
        }
        JavaType ua = Types.upperBound(a);
        JavaType ub = Types.upperBound(b);
        if (ua instanceof ClassType ca && ub instanceof ClassType) {
            for (ClassSymbol candidate : ca.symbol().ancestors()) {
                if (candidate == TypeModel.object()) {
                    continue;
                }
                ClassType inB = Types.asSuper(ub, candidate);
                if (inB == null) {
                    continue;
                }
                ClassType inA = Types.asSuper(ua, candidate);
                if (inA.equals(inB) || inA.arguments().isEmpty()) {
                    return inA;
                }
                List<JavaType> wildcards = new ArrayList<>();
                for (int i = 0; i < inA.arguments().size(); i++) {
                    wildcards.add(inB.arguments().isEmpty() || !inA.arguments().get(i).equals(inB.arguments().get(i))
                            ? Wildcard.UNBOUNDED : inA.arguments().get(i));
                }
                return new ClassType(candidate, inB.arguments().isEmpty() ? List.of() : wildcards);
            }
        }
        return Types.object();
    }
}
