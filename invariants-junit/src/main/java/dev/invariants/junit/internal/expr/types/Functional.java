package dev.invariants.junit.internal.expr.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Functional interfaces (JLS 9.8): an interface with exactly one abstract method besides the public
 * methods of {@code Object}, counting inherited ones and letting nearer defaults override.
 */
public final class Functional {

    private static final Object NONE = new Object();
    private static final Set<String> OBJECT_METHODS = Set.of("equals(Ljava/lang/Object;)Z", "hashCode()I",
            "toString()Ljava/lang/String;");

    private Functional() {}

    /** The single abstract method of a functional interface, or {@code null}. */
    public static MethodSymbol abstractMethod(ClassSymbol symbol) {
        Object known = symbol.derived().computeIfAbsent("sam", k -> {
            MethodSymbol found = find(symbol);
            return found == null ? NONE : found;
        });
        return known == NONE ? null : (MethodSymbol) known;
    }

    private static MethodSymbol find(ClassSymbol symbol) {
        if (!symbol.exists() || !symbol.isInterface()) {
            return null;
        }
        ClassType self = symbol.thisType();
        Map<String, MethodSymbol> seen = new LinkedHashMap<>();
        List<MethodSymbol> abstracts = new ArrayList<>();
        for (ClassSymbol ancestor : symbol.ancestors()) {
            if (ancestor == TypeModel.object()) {
                continue;
            }
            for (List<MethodSymbol> methods : ancestor.allMethods().values()) {
                for (MethodSymbol method : methods) {
                    if (method.isStatic() || method.isPrivate() || method.isConstructor()
                            || OBJECT_METHODS.contains(method.name() + method.descriptor())) {
                        continue;
                    }
                    MethodMember member = Members.memberOf(self, method);
                    StringBuilder key = new StringBuilder(method.name()).append('(');
                    for (JavaType each : member.parameterTypes()) {
                        key.append(Types.descriptor(each));
                    }
                    if (seen.putIfAbsent(key.toString(), method) == null && method.isAbstract()) {
                        abstracts.add(method);
                    }
                }
            }
        }
        return abstracts.size() == 1 ? abstracts.get(0) : null;
    }

    /**
     * The function type of {@code target} when it is a functional interface type, or {@code null}.
     * A wildcard-parameterized target is first made non-wildcard (JLS 9.9), as for a lambda.
     */
    public static FunctionType of(JavaType target) {
        if (!(target instanceof ClassType type)) {
            return null;
        }
        MethodSymbol method = abstractMethod(type.symbol());
        if (method == null) {
            return null;
        }
        ClassType ground = nonWildcard(type);
        MethodMember member = Members.memberOf(ground, method);
        if (member.isGeneric()) {
            return null;
        }
        return new FunctionType(ground, method, member.parameterTypes(), member.returnType());
    }

    /** The non-wildcard parameterization (JLS 9.9): {@code Function<? super T, ? extends R>} is {@code Function<T, R>}. */
    public static ClassType nonWildcard(ClassType type) {
        if (type.arguments().stream().noneMatch(a -> a instanceof Wildcard)) {
            return type;
        }
        List<TypeVar> parameters = type.symbol().typeParameters();
        if (parameters.size() != type.arguments().size()) {
            return type;
        }
        Map<TypeVar, JavaType> identity = new HashMap<>();
        for (TypeVar each : parameters) {
            identity.put(each, each);
        }
        List<JavaType> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            JavaType argument = type.arguments().get(i);
            if (argument instanceof Wildcard w) {
                if (w.bound() != null) {
                    arguments.add(w.bound());
                } else {
                    JavaType bound = Types.upperBounds(parameters.get(i)).get(0);
                    arguments.add(Types.mentions(bound, identity::containsKey) ? Types.erasure(bound) : bound);
                }
            } else {
                arguments.add(argument);
            }
        }
        return new ClassType(type.symbol(), arguments);
    }
}
