package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.FunctionType;
import dev.invariants.junit.internal.expr.types.Functional;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.Members;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambdas and method references (JLS 15.27, 15.13), typed by the functional interface their context
 * expects. A method reference becomes a lambda whose body is the call it stands for: {@code Line::cents}
 * is {@code (Line l) -> l.cents()} ({@link MethodRefs} resolves that call). Inside a generic call, the parameter types are fixed first (from the
 * other arguments, or from the exact method a reference names), then the body's type tells the call's
 * inference what the lambda returns.
 */
final class Lambdas {

    /** A lambda attributed up to its return conversion, which waits until the call's inference is done. */
    record Pending(Node node, FunctionType function, List<Variable> parameters, Value body) {}

    private final Attribution a;

    Lambdas(Attribution attribution) {
        this.a = attribution;
    }

    /** A lambda or method reference outside a call: a cast or a conditional gives it its type. */
    Value standalone(Node node, Env env, JavaType target) throws ExpressionError {
        Node inner = Arg.unwrap(node);
        if (target == null) {
            String what = inner instanceof Node.Lambda ? "lambda expression" : "method reference";
            throw Errors.at(node, what + " not expected here",
                    "pass it to a method that takes a functional interface, as in lines.stream().allMatch(l -> l.cents() > 0)");
        }
        Pending pending = begin(inner, env, target, null);
        return finish(pending, target);
    }

    /** Types the parameters and the body; {@code formal} may still mention {@code inference}'s variables. */
    Pending begin(Node node, Env env, JavaType formal, Inference inference) throws ExpressionError {
        JavaType target = inference == null ? formal : inference.apply(formal);
        if (inference != null && inference.isVariable(target)) {
            throw Errors.at(node, "incompatible types: cannot infer the functional interface type of this "
                    + (node instanceof Node.Lambda ? "lambda" : "method reference"),
                    "cast it to the interface you mean, as in (Predicate<Line>) l -> ...");
        }
        FunctionType function = Functional.of(target);
        if (function == null) {
            throw Errors.at(node, "incompatible types: " + Errors.name(target) + " is not a functional interface", null);
        }
        if (inference != null && function.parameterTypes().stream().anyMatch(inference::isOpen)) {
            if (node instanceof Node.MethodRef ref) {
                a.methodRefs.exact(ref, env, function, inference);
            } else if (node instanceof Node.Lambda lambda) {
                explicitParameters(lambda, function, inference);
            }
            for (JavaType each : function.parameterTypes()) {
                inference.resolve(each);
            }
            target = inference.apply(formal);
            function = Functional.of(target);
        }
        JavaType expected = function.returnType();
        JavaType bodyTarget = expected == PrimitiveType.VOID ? null
                : inference == null || !inference.isOpen(expected) ? expected : inference.tentative(expected);
        Pending pending = node instanceof Node.Lambda lambda ? lambda(lambda, env, function, bodyTarget)
                : a.methodRefs.reference((Node.MethodRef) node, env, function, bodyTarget);
        if (inference != null && expected != PrimitiveType.VOID && inference.isOpen(expected)) {
            inference.compatible(pending.body().type(), expected);
        }
        return pending;
    }

    /** The lambda, its body converted to the return type of {@code formal}, which is now fully inferred. */
    Value finish(Pending pending, JavaType formal) throws ExpressionError {
        FunctionType function = Functional.of(formal);
        if (function == null) {
            function = pending.function();
        }
        JavaType returnType = function.returnType();
        Value body = pending.body();
        Typed code;
        Node bodyNode = pending.node() instanceof Node.Lambda lambda ? lambda.body() : pending.node();
        if (returnType == PrimitiveType.VOID) {
            if (!(body.code() instanceof Typed.Invoke) && !(body.code() instanceof Typed.NewInstance)) {
                throw Errors.at(bodyNode, "bad return type in lambda expression: not a statement",
                        Errors.name(function.type()) + "." + function.method().name() + " returns void; call a method");
            }
            code = body.code();
        } else {
            if (body.isVoid()) {
                throw Errors.at(bodyNode, "incompatible types: bad return type in lambda expression: void cannot be "
                        + "converted to " + Errors.name(returnType), null);
            }
            code = Conversions.convert(body, returnType, true, true);
            if (code == null) {
                throw Errors.at(bodyNode, "incompatible types: bad return type in lambda expression: "
                        + Errors.name(body.type()) + " cannot be converted to " + Errors.name(returnType), null);
            }
        }
        StringBuilder descriptor = new StringBuilder("(");
        for (Variable each : pending.parameters()) {
            descriptor.append(each.type().getDescriptor());
        }
        descriptor.append(')').append(returnType == PrimitiveType.VOID ? "V" : Types.asm(returnType).getDescriptor());
        Typed lambda = new Typed.Lambda(Types.asm(function.type()), function.method().name(),
                function.erasedDescriptor(), descriptor.toString(), pending.parameters(), code);
        return new Value(lambda, formal instanceof ClassType ? formal : function.type());
    }

    // ---------------------------------------------------------------- lambdas

    private Pending lambda(Node.Lambda lambda, Env env, FunctionType function, JavaType bodyTarget)
            throws ExpressionError {
        List<JavaType> types = function.parameterTypes();
        if (lambda.parameters().size() != types.size()) {
            throw Errors.at(lambda, "incompatible types: incompatible parameter types in lambda expression: "
                    + Errors.name(function.type()) + "." + function.method().name() + " takes " + types.size()
                    + " parameter" + (types.size() == 1 ? "" : "s") + ", the lambda " + lambda.parameters().size(), null);
        }
        List<Variable> parameters = new ArrayList<>();
        Env inner = env;
        for (int i = 0; i < types.size(); i++) {
            Node.Parameter parameter = lambda.parameters().get(i);
            JavaType type = types.get(i);
            if (parameter.type() != null) {
                JavaType declared = a.typeNames.resolve(parameter.type());
                if (!Types.isSameType(Types.erasure(declared), Types.erasure(type))) {
                    throw Errors.at(parameter.start(), parameter.end(), "incompatible types: incompatible parameter "
                            + "types in lambda expression: " + Errors.name(declared) + " where "
                            + Errors.name(type) + " is expected", null);
                }
                type = declared;
            }
            checkFree(parameter, env);
            if (type instanceof ClassType c) {
                type = Members.capture(c);
            }
            Variable variable = a.local(parameter.name(), type);
            parameters.add(variable);
            inner = inner.with(new Value.Binding(parameter.name(), variable, type), true);
        }
        Value body = a.attribute(lambda.body(), inner, bodyTarget);
        return new Pending(lambda, function, parameters, body);
    }

    private void checkFree(Node.Parameter parameter, Env env) throws ExpressionError {
        String name = parameter.name();
        boolean isParameter = a.context.part() != Context.Part.TYPE && a.context.parameterNames() != null
                && a.context.parameterNames().contains(name);
        if (env.lookup(name) != null || isParameter) {
            throw Errors.at(parameter.start(), parameter.end(), "variable " + name + " is already defined",
                    "give the lambda parameter a name of its own");
        }
    }

    private void explicitParameters(Node.Lambda lambda, FunctionType function, Inference inference)
            throws ExpressionError {
        if (lambda.parameters().size() != function.parameterTypes().size()) {
            return;
        }
        for (int i = 0; i < lambda.parameters().size(); i++) {
            Node.TypeRef written = lambda.parameters().get(i).type();
            if (written != null) {
                inference.equal(a.typeNames.resolve(written), function.parameterTypes().get(i));
            }
        }
    }
}
