package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassSymbol;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.Members;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeVar;
import dev.invariants.junit.internal.expr.types.Wildcard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Types by name, as the declaring class's source would see them (JLS 6.4.1, 6.5.5): its own and its
 * supertypes' member types and those of the classes around it, the types its class file refers to
 * (standing in for its imports, which class files do not keep; used only when one type has that
 * simple name), its package, then {@code java.lang}, {@code java.util}, {@code java.math} and
 * {@code java.time}; qualified names by package.
 */
final class TypeNames {

    private static final List<String> ON_DEMAND = List.of("java/lang/", "java/util/", "java/math/", "java/time/");

    private final Attribution attribution;
    private final Map<String, Optional<ClassSymbol>> simple = new HashMap<>();
    private Map<String, Set<String>> referencedBySimpleName;

    TypeNames(Attribution attribution) {
        this.attribution = attribution;
    }

    /** The class a simple name denotes in the declaring class, or {@code null}. */
    ClassSymbol simple(String name) {
        Optional<ClassSymbol> known = simple.get(name);
        if (known == null) {
            known = Optional.ofNullable(lookup(name));
            simple.put(name, known);
        }
        return known.orElse(null);
    }

    private ClassSymbol lookup(String name) {
        for (ClassSymbol current = attribution.declaring; current != null;
                current = current.outerName() == null ? null : attribution.model.symbol(current.outerName())) {
            ClassSymbol member = Members.memberType(current, name);
            if (member != null && member.exists()) {
                return member;
            }
            if (current.simpleName().equals(name)) {
                return current;
            }
        }
        String referenced = referenced(name);
        if (referenced != null) {
            return attribution.model.symbol(referenced);
        }
        String pkg = attribution.declaring.packageName();
        ClassSymbol samePackage = attribution.model.find(pkg.isEmpty() ? name : pkg + "/" + name);
        if (samePackage != null) {
            return samePackage;
        }
        for (String each : ON_DEMAND) {
            ClassSymbol found = attribution.model.find(each + name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String referenced(String name) {
        if (referencedBySimpleName == null) {
            referencedBySimpleName = new HashMap<>();
            for (String each : attribution.declaring.referencedTypes()) {
                String last = each.substring(each.lastIndexOf('/') + 1);
                String simpleName = last.substring(last.lastIndexOf('$') + 1);
                if (!simpleName.isEmpty() && !Character.isDigit(simpleName.charAt(0))) {
                    referencedBySimpleName.computeIfAbsent(simpleName, k -> new LinkedHashSet<>()).add(each);
                }
            }
        }
        Set<String> candidates = referencedBySimpleName.get(name);
        if (candidates == null || candidates.size() != 1) {
            return null;
        }
        String only = candidates.iterator().next();
        ClassSymbol symbol = attribution.model.find(only);
        return symbol != null && symbol.simpleName().equals(name) ? only : null;
    }

    /** The type a type reference names; wildcards only where {@code allowWildcard}. */
    JavaType resolve(Node.TypeRef ref) throws ExpressionError {
        JavaType element = element(ref);
        JavaType result = element;
        for (int i = 0; i < ref.dimensions(); i++) {
            result = new ArrayType(result);
        }
        return result;
    }

    private JavaType element(Node.TypeRef ref) throws ExpressionError {
        if (ref.isWildcard()) {
            return ref.bound() == null ? Wildcard.UNBOUNDED : new Wildcard(resolve(ref.bound()), ref.superBound());
        }
        PrimitiveType primitive = PrimitiveType.ofKeyword(ref.name());
        if (primitive != null) {
            if (!ref.arguments().isEmpty()) {
                throw Errors.at(ref.start(), ref.end(), "unexpected type: type arguments on " + ref.name(), null);
            }
            if (primitive == PrimitiveType.VOID && ref.dimensions() > 0) {
                throw Errors.at(ref.start(), ref.end(), "'void' type not allowed here", null);
            }
            return primitive;
        }
        if (!ref.name().contains(".") && ref.arguments().isEmpty()) {
            TypeVar variable = attribution.typeVariable(ref.name());
            if (variable != null) {
                return variable;
            }
        }
        ClassSymbol symbol = classNamed(ref.name(), ref.start(), ref.end());
        if (ref.arguments().isEmpty()) {
            return ClassType.of(symbol);
        }
        if (symbol.typeParameters().size() != ref.arguments().size()) {
            throw Errors.at(ref.start(), ref.end(), "wrong number of type arguments; required "
                    + symbol.typeParameters().size(), "write " + symbol.displayName() + " with "
                    + symbol.typeParameters().size() + " type arguments");
        }
        List<JavaType> arguments = new ArrayList<>();
        for (Node.TypeRef each : ref.arguments()) {
            JavaType argument = resolve(each);
            if (argument instanceof PrimitiveType p) {
                throw Errors.at(each.start(), each.end(), "unexpected type: required reference, found " + p,
                        "write " + dev.invariants.junit.internal.expr.types.Types.boxed(p).symbol().displayName());
            }
            arguments.add(argument);
        }
        return new ClassType(symbol, arguments);
    }

    /** The class a dotted name ({@code Line}, {@code Map.Entry}, {@code java.util.List}) names; an error when none. */
    ClassSymbol classNamed(String dotted, int start, int end) throws ExpressionError {
        String[] parts = dotted.split("\\.");
        ClassSymbol current = simple(parts[0]);
        int next = 1;
        if (current == null) {
            String pkg = parts[0];
            for (; next < parts.length; next++) {
                ClassSymbol found = attribution.model.find(pkg.replace('.', '/') + "/" + parts[next]);
                if (found != null) {
                    current = found;
                    next++;
                    break;
                }
                pkg = pkg + "." + parts[next];
            }
            if (current == null) {
                if (parts.length == 1) {
                    throw Errors.at(start, end, "cannot find symbol: class " + dotted,
                            "qualify it with its package (com.acme." + dotted + ") or check the spelling");
                }
                String missing = dotted.substring(0, dotted.lastIndexOf('.'));
                throw Errors.at(start, end, packageMissing(missing, dotted.substring(dotted.lastIndexOf('.') + 1)), null);
            }
        }
        for (; next < parts.length; next++) {
            ClassSymbol member = Members.memberType(current, parts[next]);
            if (member == null || !member.exists()) {
                throw Errors.at(start, end, "cannot find symbol: class " + parts[next] + " in " + current.displayName(),
                        null);
            }
            current = member;
        }
        String denied = attribution.access.typeDenied(current);
        if (denied != null) {
            throw Errors.at(start, end, denied, null);
        }
        return current;
    }

    /** {@code package a.b does not exist}, or {@code cannot find symbol: class C in package a.b} when it does. */
    String packageMissing(String dottedPackage, String className) {
        if (attribution.model.packageExists(dottedPackage.replace('.', '/'))) {
            return "cannot find symbol: class " + className + " in package " + dottedPackage;
        }
        return "package " + dottedPackage + " does not exist";
    }
}
