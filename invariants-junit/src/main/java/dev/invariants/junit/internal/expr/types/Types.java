package dev.invariants.junit.internal.expr.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.Type;

/**
 * Operations on {@link JavaType}s (JLS 4, 5): substitution, supertypes, subtyping with generics and
 * wildcards, erasure, boxing, casts, least upper bounds. Practical rather than a full proof system:
 * what everyday expressions need, answered the way javac answers it.
 */
public final class Types {

    private Types() {}

    public static ClassType object() {
        return ClassType.of(TypeModel.object());
    }

    public static ClassType string() {
        return ClassType.of(TypeModel.jdk("java/lang/String"));
    }

    public static ClassType jdkType(String internalName) {
        return ClassType.of(TypeModel.jdk(internalName));
    }

    public static boolean isObject(JavaType type) {
        return type instanceof ClassType c && c.symbol() == TypeModel.object();
    }

    public static boolean isString(JavaType type) {
        return type instanceof ClassType c && c.internalName().equals("java/lang/String");
    }

    // ---------------------------------------------------------------- substitution

    /** The type arguments of a parameterized type by type parameter; empty for raw and non-generic types. */
    public static Map<TypeVar, JavaType> bindings(ClassType type) {
        List<TypeVar> parameters = type.symbol().typeParameters();
        if (type.arguments().size() != parameters.size() || parameters.isEmpty()) {
            return Map.of();
        }
        Map<TypeVar, JavaType> result = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            result.put(parameters.get(i), type.arguments().get(i));
        }
        return result;
    }

    public static JavaType subst(JavaType type, Map<TypeVar, ? extends JavaType> map) {
        if (map.isEmpty()) {
            return type;
        }
        if (type instanceof TypeVar v) {
            JavaType replacement = map.get(v);
            return replacement != null ? replacement : v;
        }
        if (type instanceof ClassType c) {
            if (c.arguments().isEmpty()) {
                return c;
            }
            List<JavaType> arguments = new ArrayList<>(c.arguments().size());
            boolean changed = false;
            for (JavaType each : c.arguments()) {
                JavaType replaced = subst(each, map);
                changed |= replaced != each;
                arguments.add(replaced);
            }
            return changed ? new ClassType(c.symbol(), arguments) : c;
        }
        if (type instanceof ArrayType a) {
            JavaType component = subst(a.component(), map);
            return component == a.component() ? a : new ArrayType(component);
        }
        if (type instanceof Wildcard w && w.bound() != null) {
            JavaType bound = subst(w.bound(), map);
            return bound == w.bound() ? w : new Wildcard(bound, w.isSuper());
        }
        return type;
    }

    public static List<JavaType> subst(List<JavaType> types, Map<TypeVar, ? extends JavaType> map) {
        if (map.isEmpty()) {
            return types;
        }
        List<JavaType> result = new ArrayList<>(types.size());
        for (JavaType each : types) {
            result.add(subst(each, map));
        }
        return result;
    }

    /** Whether {@code type} mentions a type variable that {@code test} accepts. */
    public static boolean mentions(JavaType type, Predicate<TypeVar> test) {
        if (type instanceof TypeVar v) {
            return test.test(v);
        }
        if (type instanceof ClassType c) {
            for (JavaType each : c.arguments()) {
                if (mentions(each, test)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof ArrayType a) {
            return mentions(a.component(), test);
        }
        if (type instanceof Wildcard w) {
            return w.bound() != null && mentions(w.bound(), test);
        }
        return false;
    }

    // ---------------------------------------------------------------- supertypes

    /** The direct supertypes of a class type, parameterized as {@code type} sees them; raw stays raw. */
    public static List<ClassType> directSupertypes(ClassType type) {
        ClassSymbol symbol = type.symbol();
        List<ClassType> result = new ArrayList<>();
        boolean raw = type.isRaw();
        Map<TypeVar, JavaType> map = raw ? Map.of() : bindings(type);
        ClassType superclass = symbol.superclass();
        if (superclass != null) {
            result.add(raw ? ClassType.of(superclass.symbol()) : (ClassType) subst(superclass, map));
        }
        for (ClassType each : symbol.interfaces()) {
            result.add(raw ? ClassType.of(each.symbol()) : (ClassType) subst(each, map));
        }
        if (superclass == null && symbol != TypeModel.object()) {
            result.add(object());
        }
        return result;
    }

    /**
     * {@code type} seen as {@code target} ({@code ArrayList<Line>} as {@code Iterable} is {@code Iterable<Line>}),
     * or {@code null} when {@code target} is no supertype. Type variables answer through their bounds.
     */
    public static ClassType asSuper(JavaType type, ClassSymbol target) {
        if (type instanceof ClassType c) {
            if (c.symbol() == target) {
                return c;
            }
            if (!c.symbol().isSubclassOf(target)) {
                return null;
            }
            for (ClassType each : directSupertypes(c)) {
                ClassType found = asSuper(each, target);
                if (found != null) {
                    return found;
                }
            }
            return target == TypeModel.object() ? object() : null;
        }
        if (type instanceof TypeVar v) {
            for (JavaType bound : upperBounds(v)) {
                ClassType found = asSuper(bound, target);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (type instanceof ArrayType) {
            String name = target.internalName();
            return name.equals("java/lang/Object") || name.equals("java/lang/Cloneable")
                    || name.equals("java/io/Serializable") ? ClassType.of(target) : null;
        }
        if (type instanceof Wildcard w) {
            return asSuper(w.upper() != null ? w.upper() : object(), target);
        }
        return null;
    }

    /** The bounds of a type variable, {@code Object} when it declares none. */
    public static List<JavaType> upperBounds(TypeVar variable) {
        List<JavaType> bounds = variable.bounds();
        return bounds.isEmpty() ? List.of(object()) : bounds;
    }

    /** The type whose members a value of {@code type} has: type variables and wildcards by their (first) bound. */
    public static JavaType upperBound(JavaType type) {
        JavaType current = type;
        for (int guard = 0; guard < 20; guard++) {
            if (current instanceof TypeVar v) {
                current = upperBounds(v).get(0);
            } else if (current instanceof Wildcard w) {
                current = w.upper() != null ? w.upper() : object();
            } else {
                return current;
            }
        }
        return object();
    }

    // ---------------------------------------------------------------- subtyping

    public static boolean isSameType(JavaType a, JavaType b) {
        return a.equals(b);
    }

    /** {@code s <: t} (JLS 4.10), raw types accepted where an unchecked conversion would be. */
    public static boolean isSubtype(JavaType s, JavaType t) {
        if (s.equals(t)) {
            return true;
        }
        if (s instanceof PrimitiveType ps) {
            return t instanceof PrimitiveType pt && ps.widensTo(pt);
        }
        if (t instanceof PrimitiveType) {
            return false;
        }
        if (s == NullType.INSTANCE) {
            return true;
        }
        if (t instanceof TypeVar tv) {
            if (tv.lower() != null) {
                return isSubtype(s, tv.lower());
            }
            return s instanceof TypeVar sv && upperBounds(sv).stream().anyMatch(b -> isSubtype(b, t));
        }
        if (isObject(t)) {
            return true;
        }
        if (s instanceof TypeVar sv) {
            for (JavaType bound : upperBounds(sv)) {
                if (isSubtype(bound, t)) {
                    return true;
                }
            }
            return false;
        }
        if (s instanceof Wildcard w) {
            return isSubtype(w.upper() != null ? w.upper() : object(), t);
        }
        if (s instanceof ArrayType sa) {
            if (t instanceof ArrayType ta) {
                if (sa.component() instanceof PrimitiveType || ta.component() instanceof PrimitiveType) {
                    return sa.component().equals(ta.component());
                }
                return isSubtype(sa.component(), ta.component());
            }
            return t instanceof ClassType tc && asSuper(s, tc.symbol()) != null;
        }
        if (s instanceof ClassType && t instanceof ClassType tc) {
            ClassType sup = asSuper(s, tc.symbol());
            if (sup == null) {
                return false;
            }
            if (!tc.isParameterized() || !sup.isParameterized()) {
                return true;
            }
            if (sup.arguments().size() != tc.arguments().size()) {
                return false;
            }
            for (int i = 0; i < tc.arguments().size(); i++) {
                if (!contains(tc.arguments().get(i), sup.arguments().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Type argument containment (JLS 4.5.1): whether {@code formal} contains {@code actual}. */
    public static boolean contains(JavaType formal, JavaType actual) {
        if (formal instanceof Wildcard w) {
            if (w.isUnbounded()) {
                return true;
            }
            if (!w.isSuper()) {
                JavaType upper = actual instanceof Wildcard aw ? (aw.upper() != null ? aw.upper() : object()) : actual;
                return isSubtype(upper, w.bound());
            }
            JavaType lower = actual instanceof Wildcard aw ? aw.lower() : actual;
            return lower != null && isSubtype(w.bound(), lower);
        }
        return formal.equals(actual);
    }

    // ---------------------------------------------------------------- erasure, boxing

    public static JavaType erasure(JavaType type) {
        if (type instanceof ClassType c) {
            return c.arguments().isEmpty() ? c : ClassType.of(c.symbol());
        }
        if (type instanceof ArrayType a) {
            return new ArrayType(erasure(a.component()));
        }
        if (type instanceof TypeVar v) {
            return erasure(upperBounds(v).get(0));
        }
        if (type instanceof Wildcard w) {
            return erasure(w.upper() != null ? w.upper() : object());
        }
        if (type == NullType.INSTANCE) {
            return object();
        }
        return type;
    }

    /** The erased JVM type. */
    public static Type asm(JavaType type) {
        JavaType erased = erasure(type);
        if (erased instanceof PrimitiveType p) {
            return p.asm();
        }
        if (erased instanceof ClassType c) {
            return Type.getObjectType(c.internalName());
        }
        return Type.getType(descriptor(erased));
    }

    public static String descriptor(JavaType type) {
        JavaType erased = erasure(type);
        if (erased instanceof PrimitiveType p) {
            return p.asm().getDescriptor();
        }
        if (erased instanceof ArrayType a) {
            return "[" + descriptor(a.component());
        }
        return "L" + ((ClassType) erased).internalName() + ";";
    }

    public static ClassType boxed(PrimitiveType primitive) {
        return ClassType.of(TypeModel.jdk(primitive.wrapper()));
    }

    /** The primitive a wrapper type (or a variable bounded by one) unboxes to, or {@code null}. */
    public static PrimitiveType unboxed(JavaType type) {
        if (type instanceof PrimitiveType) {
            return null;
        }
        JavaType erased = erasure(type);
        return erased instanceof ClassType c ? PrimitiveType.ofWrapper(c.internalName()) : null;
    }

    /** The primitive a type is or unboxes to, or {@code null}. */
    public static PrimitiveType primitiveOrUnboxed(JavaType type) {
        return type instanceof PrimitiveType p ? p : unboxed(type);
    }

    /** Primitives boxed, references unchanged. */
    public static JavaType boxedIfPrimitive(JavaType type) {
        return type instanceof PrimitiveType p && p != PrimitiveType.VOID ? boxed(p) : type;
    }

    // ---------------------------------------------------------------- display

    /** The type as Java source writes it, fully qualified: {@code java.util.List<com.acme.Line>}. */
    public static String display(JavaType type) {
        if (type instanceof PrimitiveType p) {
            return p.keyword();
        }
        if (type instanceof ClassType c) {
            String name = c.symbol().displayName();
            if (c.arguments().isEmpty()) {
                return name;
            }
            List<String> arguments = new ArrayList<>();
            for (JavaType each : c.arguments()) {
                arguments.add(display(each));
            }
            return name + "<" + String.join(",", arguments) + ">";
        }
        if (type instanceof ArrayType a) {
            return display(a.component()) + "[]";
        }
        if (type instanceof Wildcard w) {
            return w.isUnbounded() ? "?" : (w.isSuper() ? "? super " : "? extends ") + display(w.bound());
        }
        if (type instanceof TypeVar v) {
            return v.name();
        }
        return "<null>";
    }
}
