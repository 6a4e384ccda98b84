package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassSymbol;
import dev.invariants.junit.internal.expr.types.FunctionType;
import dev.invariants.junit.internal.expr.types.Functional;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.MethodMember;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeVar;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Overload resolution (JLS 15.12.2): the candidates applicable by strict invocation, else by loose
 * invocation (boxing), else by variable arity, then the most specific of them, and the messages when
 * none or more than one is. {@link Completion} completes the chosen one.
 */
final class Overloads {

    /** The chosen method: how it applies, and which type parameters its call infers. */
    record Chosen(MethodMember member, boolean varargs, List<TypeVar> inferred, ClassSymbol diamond) {}

    private final Attribution a;

    Overloads(Attribution attribution) {
        this.a = attribution;
    }

    // ---------------------------------------------------------------- choosing

    Chosen choose(List<MethodMember> candidates, List<Arg> args, List<JavaType> explicit, Node at, String description)
            throws ExpressionError {
        List<MethodMember> members = new ArrayList<>();
        for (MethodMember each : candidates) {
            MethodMember member = explicit.isEmpty() ? each : explicitly(each, explicit);
            if (member != null) {
                members.add(member);
            }
        }
        return select(members, args, null, at, description, candidates);
    }

    /** {@code new C<>(...)}: the class's type parameters are inferred along with the constructor's. */
    Chosen chooseDiamond(List<MethodMember> constructors, List<TypeVar> classParameters, List<Arg> args, Node at,
            String description) throws ExpressionError {
        return select(constructors, args, classParameters, at, description, constructors);
    }

    private Chosen select(List<MethodMember> members, List<Arg> args, List<TypeVar> classParameters, Node at,
            String description, List<MethodMember> all) throws ExpressionError {
        for (int phase = 1; phase <= 3; phase++) {
            List<Chosen> applicable = new ArrayList<>();
            for (MethodMember member : members) {
                List<TypeVar> inferred = new ArrayList<>(member.typeParameters());
                if (classParameters != null) {
                    inferred.addAll(classParameters);
                }
                if (applies(member, args, phase, inferred) && referencesFit(member, args, phase == 3)) {
                    applicable.add(new Chosen(member, phase == 3, List.copyOf(inferred),
                            classParameters == null ? null : member.symbol().owner()));
                }
            }
            if (!applicable.isEmpty()) {
                return mostSpecific(applicable, args, at);
            }
        }
        for (Arg each : args) {
            if (each.failure != null) {
                throw each.failure;
            }
        }
        throw inapplicable(all, args, at, description);
    }

    private static MethodMember explicitly(MethodMember member, List<JavaType> explicit) {
        if (member.typeParameters().isEmpty()) {
            return member; // JLS 15.12.2.1: type arguments of a non-generic method are ignored
        }
        if (member.typeParameters().size() != explicit.size()) {
            return null;
        }
        Map<TypeVar, JavaType> map = new HashMap<>();
        for (int i = 0; i < explicit.size(); i++) {
            map.put(member.typeParameters().get(i), explicit.get(i));
        }
        return new MethodMember(member.symbol(), member.site(), List.of(), Types.subst(member.parameterTypes(), map),
                Types.subst(member.returnType(), map));
    }

    /** The parameter type for each argument: the declared ones, the last repeated as its component for variable arity. */
    static List<JavaType> formals(MethodMember member, int count, boolean varargs) {
        List<JavaType> parameters = member.parameterTypes();
        if (!varargs) {
            return parameters;
        }
        List<JavaType> result = new ArrayList<>(parameters.subList(0, parameters.size() - 1));
        JavaType last = parameters.get(parameters.size() - 1);
        JavaType component = last instanceof ArrayType array ? array.component() : last;
        while (result.size() < count) {
            result.add(component);
        }
        return result;
    }

    private boolean applies(MethodMember member, List<Arg> args, int phase, List<TypeVar> inferred) {
        int n = member.parameterTypes().size();
        int k = args.size();
        boolean varargs = phase == 3;
        if (varargs ? !member.isVarargs() || k < n - 1 : k != n) {
            return false;
        }
        List<JavaType> formals = formals(member, k, varargs);
        Inference inference = inferred.isEmpty() ? null : new Inference(inferred);
        List<Integer> checkLater = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Arg arg = args.get(i);
            JavaType formal = inference == null ? formals.get(i) : inference.open(formals.get(i));
            if (arg.isFunctional()) {
                if (!potentiallyCompatible(Arg.unwrap(arg.node), formal, inference)) {
                    return false;
                }
                continue;
            }
            if (arg.value == null) {
                continue; // failed on its own: decided when attributed with its target
            }
            JavaType actual = arg.type();
            if (arg.poly) {
                if (!Conversions.isAssignable(Types.erasure(actual), Types.erasure(formal), phase >= 2)) {
                    return false;
                }
                continue;
            }
            if (inference == null || !inference.isOpen(formal)) {
                if (!Conversions.isAssignable(actual, formal, phase >= 2)) {
                    return false;
                }
                continue;
            }
            if (phase == 1 && actual instanceof PrimitiveType) {
                return false;
            }
            inference.compatible(actual, formal);
            checkLater.add(i);
        }
        if (inference != null && !checkLater.isEmpty()) {
            inference.resolve(null);
            for (int i : checkLater) {
                JavaType formal = inference.apply(inference.open(formals.get(i)));
                if (!Conversions.isAssignable(args.get(i).type(), formal, phase >= 2)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A method reference fits a functional parameter only when the method it names takes as many
     * arguments as the function passes (one fewer when the first one is the receiver, JLS 15.12.2.1).
     */
    private boolean referencesFit(MethodMember member, List<Arg> args, boolean varargs) {
        List<JavaType> formals = formals(member, args.size(), varargs);
        for (int i = 0; i < args.size(); i++) {
            if (!(args.get(i).node != null && Arg.unwrap(args.get(i).node) instanceof Node.MethodRef ref)
                    || ref.name().equals("new")) {
                continue;
            }
            FunctionType function = Functional.of(formals.get(i));
            if (function == null) {
                continue;
            }
            Integer[] arities = a.methodRefs.arities(ref, args.get(i).env);
            if (arities == null) {
                continue;
            }
            int n = function.parameterTypes().size();
            boolean fits = false;
            for (Integer each : arities) {
                fits |= each == n || (each < 0 && -each - 1 == n - 1);
            }
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** A lambda or method reference may be passed where a functional interface (or a type parameter) is expected. */
    private static boolean potentiallyCompatible(Node node, JavaType formal, Inference inference) {
        if (inference != null && inference.isVariable(formal)) {
            return true;
        }
        FunctionType function = Functional.of(formal);
        if (function == null) {
            return false;
        }
        if (node instanceof Node.Lambda lambda) {
            return lambda.parameters().size() == function.parameterTypes().size();
        }
        return true;
    }

    private Chosen mostSpecific(List<Chosen> applicable, List<Arg> args, Node at) throws ExpressionError {
        if (applicable.size() == 1) {
            return applicable.get(0);
        }
        List<Chosen> maximal = new ArrayList<>();
        for (Chosen candidate : applicable) {
            boolean beaten = false;
            for (Chosen other : applicable) {
                if (other != candidate && moreSpecific(other, candidate, args) && !moreSpecific(candidate, other, args)) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) {
                maximal.add(candidate);
            }
        }
        if (maximal.size() == 1) {
            return maximal.get(0);
        }
        // the same signature reached twice (an abstract declaration and its implementation): the concrete one
        String first = erasedParameters(maximal.get(0).member());
        boolean same = maximal.stream().allMatch(c -> erasedParameters(c.member()).equals(first));
        if (same) {
            for (Chosen each : maximal) {
                if (!each.member().symbol().isAbstract()) {
                    return each;
                }
            }
            return maximal.get(0);
        }
        for (Arg each : args) {
            if (each.failure != null) {
                throw each.failure; // the overload depends on an argument that does not attribute
            }
        }
        Chosen one = maximal.get(0);
        Chosen two = maximal.get(1);
        throw Errors.at(at, "reference to " + one.member().symbol().name() + " is ambiguous: both "
                + signature(one.member()) + " and " + signature(two.member()) + " match",
                "cast the argument to the parameter type of the one you mean");
    }

    private static boolean moreSpecific(Chosen m1, Chosen m2, List<Arg> args) {
        List<JavaType> p1 = formals(m1.member(), args.size(), m1.varargs());
        List<JavaType> p2 = formals(m2.member(), args.size(), m2.varargs());
        for (int i = 0; i < args.size(); i++) {
            JavaType s = m1.member().isGeneric() ? Types.erasure(p1.get(i)) : p1.get(i);
            JavaType t = m2.member().isGeneric() ? Types.erasure(p2.get(i)) : p2.get(i);
            if (args.get(i).isFunctional() && !Types.isSubtype(s, t)) {
                FunctionType fs = Functional.of(s);
                FunctionType ft = Functional.of(t);
                if (fs == null || ft == null) {
                    return false;
                }
                // a lambda fits a primitive result better than a boxed one, and the other way round (JLS 15.12.2.5)
                if (!(fs.returnType() instanceof PrimitiveType) || ft.returnType() instanceof PrimitiveType) {
                    return false;
                }
                continue;
            }
            if (!Types.isSubtype(s, t)) {
                return false;
            }
        }
        if (m1.varargs() && m2.varargs()) {
            return m1.member().parameterTypes().size() >= m2.member().parameterTypes().size();
        }
        return true;
    }

    // ---------------------------------------------------------------- messages

    private ExpressionError inapplicable(List<MethodMember> candidates, List<Arg> args, Node at, String description) {
        String found = Errors.arguments(types(args));
        if (candidates.size() == 1) {
            MethodMember only = candidates.get(0);
            String reason = only.parameterTypes().size() != args.size() && !only.isVarargs()
                    ? "actual and formal argument lists differ in length"
                    : "argument mismatch" + mismatch(only, args);
            return Errors.at(at, description + " cannot be applied to given types: required: "
                    + parameters(only) + ", found: " + found + "; reason: " + reason, null);
        }
        List<String> shown = new ArrayList<>();
        for (MethodMember each : candidates) {
            if (shown.size() == 6) {
                shown.add("...");
                break;
            }
            shown.add(signature(each));
        }
        String name = candidates.get(0).symbol().isConstructor() ? candidates.get(0).symbol().owner().simpleName()
                : candidates.get(0).symbol().name();
        return Errors.at(at, "no suitable " + (candidates.get(0).symbol().isConstructor() ? "constructor" : "method")
                + " found for " + name + found, "the candidates are " + String.join(", ", shown));
    }

    /** {@code ; java.lang.String cannot be converted to int}: the first argument that does not convert. */
    private static String mismatch(MethodMember member, List<Arg> args) {
        if (member.parameterTypes().size() != args.size()) {
            return "";
        }
        for (int i = 0; i < args.size(); i++) {
            JavaType actual = args.get(i).type();
            JavaType formal = member.parameterTypes().get(i);
            if (actual != null && !member.isGeneric() && !Conversions.isAssignable(actual, formal, true)) {
                return "; " + Errors.name(actual) + " cannot be converted to " + Errors.name(formal);
            }
        }
        return "";
    }

    static String signatureHint(MethodMember member) {
        return "it takes " + signature(member);
    }

    static String signature(MethodMember member) {
        String name = member.symbol().isConstructor() ? member.symbol().owner().simpleName() : member.symbol().name();
        return member.symbol().owner().displayName() + "." + name + parameters(member);
    }

    static String parameters(MethodMember member) {
        return Errors.arguments(member.parameterTypes());
    }

    private static String erasedParameters(MethodMember member) {
        StringBuilder key = new StringBuilder();
        for (JavaType each : member.parameterTypes()) {
            key.append(Types.descriptor(each));
        }
        return key.toString();
    }

    static List<JavaType> types(List<Arg> args) {
        List<JavaType> result = new ArrayList<>();
        for (Arg each : args) {
            result.add(each.type());
        }
        return result;
    }
}
