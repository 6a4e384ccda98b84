package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.MethodMember;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The completion of a call {@link Overloads} chose (JLS 15.12.2.6, 18.5.2): its type arguments inferred
 * from the arguments, the lambdas and the target type, its arguments converted and, for variable arity,
 * packed into an array.
 */
final class Completion {

    /** The completed call: converted arguments, the return type, and for {@code new C<>()} the class type created. */
    record Completed(List<Typed> arguments, JavaType returnType, JavaType created, boolean defaulted) {}

    private final Attribution a;

    Completion(Attribution attribution) {
        this.a = attribution;
    }

    Completed complete(Overloads.Chosen chosen, List<Arg> args, JavaType target, Node at) throws ExpressionError {
        MethodMember member = chosen.member();
        List<JavaType> formals = Overloads.formals(member, args.size(), chosen.varargs());
        Inference inference = chosen.inferred().isEmpty() ? null : new Inference(chosen.inferred());
        List<JavaType> open = new ArrayList<>();
        for (JavaType each : formals) {
            open.add(inference == null ? each : inference.open(each));
        }
        JavaType created = chosen.diamond() == null ? null : chosen.diamond().thisType();
        JavaType returnType = chosen.diamond() != null ? created : member.returnType();
        if (inference != null) {
            for (int i = 0; i < args.size(); i++) {
                Arg arg = args.get(i);
                if (!arg.isDeferred()) {
                    inference.compatible(arg.type(), open.get(i));
                }
            }
            JavaType openReturn = inference.open(returnType);
            if (target != null && !(target instanceof PrimitiveType) && inference.isOpen(openReturn)) {
                inference.compatible(openReturn, target);
            }
        }
        for (int i = 0; i < args.size(); i++) {
            Arg arg = args.get(i);
            if (arg.isDeferred() && !arg.isFunctional()) {
                JavaType argumentTarget = inference == null ? open.get(i) : inference.tentative(open.get(i));
                Value value = a.attribute(arg.node, arg.env, argumentTarget);
                if (value.isVoid()) {
                    throw Errors.at(arg.node, "'void' type not allowed here", null);
                }
                arg.value = Calls.captured(value);
                arg.failure = null;
                if (inference != null) {
                    inference.compatible(arg.value.type(), open.get(i));
                }
            }
        }
        List<Lambdas.Pending> pending = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Arg arg = args.get(i);
            pending.add(arg.isFunctional() ? a.lambdas.begin(Arg.unwrap(arg.node), arg.env, open.get(i), inference)
                    : null);
        }
        if (inference != null) {
            inference.resolve(null);
        }
        List<Typed> converted = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            JavaType formal = inference == null ? open.get(i) : inference.apply(open.get(i));
            Arg arg = args.get(i);
            if (pending.get(i) != null) {
                converted.add(a.lambdas.finish(pending.get(i), formal).code());
                continue;
            }
            Typed code = Conversions.convert(arg.value, formal, true, false);
            if (code == null) {
                throw Errors.at(arg.node != null ? arg.node : at, "incompatible types: " + Errors.name(arg.type())
                        + " cannot be converted to " + Errors.name(formal), Overloads.signatureHint(member));
            }
            converted.add(code);
        }
        if (chosen.varargs()) {
            int fixed = member.parameterTypes().size() - 1;
            JavaType last = member.parameterTypes().get(fixed);
            JavaType array = inference == null ? last : inference.apply(inference.open(last));
            JavaType erasedArray = Types.erasure(array);
            List<Typed> packed = new ArrayList<>(converted.subList(0, fixed));
            packed.add(new Typed.NewArray(Types.asm(erasedArray), List.of(),
                    List.copyOf(converted.subList(fixed, converted.size()))));
            converted = packed;
        }
        JavaType result = inference == null ? returnType : inference.apply(inference.open(returnType));
        return new Completed(List.copyOf(converted), chosen.diamond() != null ? PrimitiveType.VOID : result,
                chosen.diamond() != null ? result : null, inference != null && inference.defaulted());
    }
}
