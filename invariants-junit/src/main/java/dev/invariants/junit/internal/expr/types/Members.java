package dev.invariants.junit.internal.expr.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Member lookup (JLS 8.2, 8.3, 8.4.8, 10.7): the fields, methods and member types a type has,
 * inherited ones included, seen through the type's parameterization.
 */
public final class Members {

    private Members() {}

    /**
     * Capture conversion (JLS 5.1.10) of a wildcard-parameterized type: each wildcard becomes a fresh
     * variable bounded as the wildcard and the type parameter say.
     */
    public static ClassType capture(ClassType type) {
        if (type.arguments().stream().noneMatch(a -> a instanceof Wildcard)) {
            return type;
        }
        List<TypeVar> parameters = type.symbol().typeParameters();
        if (parameters.size() != type.arguments().size()) {
            return type;
        }
        List<JavaType> arguments = new ArrayList<>(type.arguments());
        Map<TypeVar, JavaType> map = new HashMap<>();
        List<TypeVar> captured = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) instanceof Wildcard w) {
                TypeVar variable = TypeVar.captured(w);
                captured.add(variable);
                arguments.set(i, variable);
            } else {
                captured.add(null);
            }
            map.put(parameters.get(i), arguments.get(i));
        }
        for (int i = 0; i < arguments.size(); i++) {
            TypeVar variable = captured.get(i);
            if (variable == null) {
                continue;
            }
            Wildcard w = (Wildcard) type.arguments().get(i);
            List<JavaType> declared = Types.subst(parameters.get(i).bounds(), map);
            if (w.upper() != null && !Types.isObject(w.upper())) {
                List<JavaType> bounds = new ArrayList<>();
                bounds.add(w.upper());
                for (JavaType each : declared) {
                    if (!Types.isObject(each) && !Types.isSubtype(w.upper(), each)) {
                        bounds.add(each);
                    }
                }
                variable.bounds(bounds);
            } else {
                variable.bounds(declared);
            }
            if (w.lower() != null) {
                variable.lower(w.lower());
            }
        }
        return new ClassType(type.symbol(), arguments);
    }

    // ---------------------------------------------------------------- fields

    /** The field {@code name} of {@code site} (declared or inherited, nearest first), or {@code null}. */
    public static FieldMember field(JavaType site, String name) {
        JavaType upper = Types.upperBound(site);
        if (!(upper instanceof ClassType type)) {
            return null;
        }
        ClassType captured = capture(type);
        FieldSymbol found = findField(captured.symbol(), name, new java.util.HashSet<>());
        if (found == null) {
            return null;
        }
        return new FieldMember(found, fieldType(captured, found));
    }

    private static FieldSymbol findField(ClassSymbol symbol, String name, java.util.Set<ClassSymbol> seen) {
        if (!seen.add(symbol)) {
            return null;
        }
        FieldSymbol own = symbol.field(name);
        if (own != null) {
            return own;
        }
        for (String each : symbol.interfaceNames()) {
            FieldSymbol found = findField(symbol.model().symbol(each), name, seen);
            if (found != null) {
                return found;
            }
        }
        return symbol.superName() == null ? null : findField(symbol.model().symbol(symbol.superName()), name, seen);
    }

    /** The type of {@code field} as a member of {@code site}. */
    public static JavaType fieldType(ClassType site, FieldSymbol field) {
        if (field.isStatic()) {
            return field.type();
        }
        ClassType declaring = Types.asSuper(site, field.owner());
        if (declaring == null || declaring.isRaw() || site.isRaw()) {
            return Types.erasure(field.type());
        }
        return Types.subst(field.type(), Types.bindings(declaring));
    }

    // ---------------------------------------------------------------- methods

    /**
     * The methods named {@code name} that {@code site} has, each seen as its member; overridden ones
     * (same substituted parameter erasure as a nearer one) left out.
     */
    public static List<MethodMember> methods(JavaType site, String name) {
        if (site instanceof ArrayType array) {
            List<MethodMember> result = new ArrayList<>();
            for (MethodMember each : methods(Types.object(), name)) {
                if (name.equals("clone") && each.parameterTypes().isEmpty()) {
                    // arrays have a public clone() returning their own type (JLS 10.7)
                    result.add(new MethodMember(each.symbol(), each.site(), List.of(), List.of(), array));
                } else {
                    result.add(each);
                }
            }
            return result;
        }
        List<ClassType> sites = new ArrayList<>();
        if (site instanceof TypeVar variable) {
            for (JavaType bound : Types.upperBounds(variable)) {
                JavaType upper = Types.upperBound(bound);
                if (upper instanceof ClassType c) {
                    sites.add(c);
                } else if (upper instanceof ArrayType) {
                    return methods(upper, name);
                }
            }
        } else if (Types.upperBound(site) instanceof ClassType c) {
            sites.add(c);
        }
        Map<String, MethodMember> byKey = new LinkedHashMap<>();
        for (ClassType each : sites) {
            ClassType captured = capture(each);
            for (MethodSymbol method : declaredAndInherited(captured.symbol(), name)) {
                MethodMember member = memberOf(captured, method);
                byKey.putIfAbsent(key(member), member);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The constructors of a class, seen as members of {@code type} (its type arguments substituted). */
    public static List<MethodMember> constructors(ClassType type) {
        List<MethodMember> result = new ArrayList<>();
        for (MethodSymbol each : type.symbol().methods("<init>")) {
            result.add(memberOf(type, each));
        }
        return result;
    }

    private static String key(MethodMember member) {
        StringBuilder key = new StringBuilder("(");
        for (JavaType each : member.parameterTypes()) {
            key.append(Types.descriptor(each));
        }
        return key.append(')').toString();
    }

    @SuppressWarnings("unchecked")
    private static List<MethodSymbol> declaredAndInherited(ClassSymbol symbol, String name) {
        return (List<MethodSymbol>) symbol.derived().computeIfAbsent("m:" + name, k -> {
            List<MethodSymbol> result = new ArrayList<>();
            for (ClassSymbol ancestor : symbol.ancestors()) {
                for (MethodSymbol method : ancestor.methods(name)) {
                    // static interface methods are not inherited (JLS 8.4.8); constructors never are
                    if (ancestor != symbol && (method.isConstructor()
                            || (method.isStatic() && ancestor.isInterface()))) {
                        continue;
                    }
                    result.add(method);
                }
            }
            return List.copyOf(result);
        });
    }

    /** {@code method} seen as a member of {@code site}. */
    public static MethodMember memberOf(ClassType site, MethodSymbol method) {
        ClassType declaring = method.owner() == site.symbol() ? site : Types.asSuper(site, method.owner());
        if (declaring == null) {
            declaring = method.owner().thisType();
        }
        boolean raw = !method.isStatic() && (declaring.isRaw() || site.isRaw());
        if (raw) {
            List<JavaType> parameters = new ArrayList<>();
            for (JavaType each : method.parameterTypes()) {
                parameters.add(Types.erasure(each));
            }
            return new MethodMember(method, declaring, List.of(), parameters, Types.erasure(method.returnType()));
        }
        Map<TypeVar, JavaType> map = method.isStatic() ? new HashMap<>() : new HashMap<>(Types.bindings(declaring));
        List<TypeVar> typeParameters = method.typeParameters();
        if (!map.isEmpty() && !typeParameters.isEmpty()
                && typeParameters.stream().anyMatch(v -> v.bounds().stream().anyMatch(b -> Types.mentions(b, map::containsKey)))) {
            List<TypeVar> fresh = new ArrayList<>();
            for (TypeVar each : typeParameters) {
                TypeVar copy = TypeVar.declared(each.name(), each.declarer());
                fresh.add(copy);
                map.put(each, copy);
            }
            for (int i = 0; i < fresh.size(); i++) {
                fresh.get(i).bounds(Types.subst(typeParameters.get(i).bounds(), map));
            }
            typeParameters = List.copyOf(fresh);
        }
        return new MethodMember(method, declaring, typeParameters, Types.subst(method.parameterTypes(), map),
                Types.subst(method.returnType(), map));
    }

    // ---------------------------------------------------------------- member types

    /** The member type {@code name} of {@code symbol}, declared or inherited, or {@code null}. */
    public static ClassSymbol memberType(ClassSymbol symbol, String name) {
        for (ClassSymbol ancestor : symbol.ancestors()) {
            String inner = ancestor.memberTypes().get(name);
            if (inner != null) {
                return symbol.model().symbol(inner);
            }
        }
        return null;
    }
}
