package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.attr.Context;
import dev.invariants.junit.internal.expr.emit.ExpressionEmitter;
import dev.invariants.junit.internal.expr.emit.FrameWriter;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Parser;
import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.internal.weave.Applied;
import dev.invariants.junit.internal.weave.ClassPlan;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Compiles the checks of one woven class, in one batch: parse, attribute, write the hidden class, define
 * it. An expression that does not compile makes its invariant broken (a definition error naming class,
 * member, attribute, expression, position and reason) and the others are checked as usual.
 */
public final class ChecksCompiler {

    /** Defines the generated class as a hidden nestmate of the woven class. */
    @FunctionalInterface
    public interface Definer {
        MethodHandles.Lookup define(byte[] bytes) throws IllegalAccessException;
    }

    private static final String WARM_UP = "dev/invariants/junit/internal/expr/ChecksCompiler";

    private ChecksCompiler() {}

    /**
     * Compiles and defines; {@code problems} (registry index to message) receives every definition error found,
     * {@code warnings} every invariant that calls what is not known to be free of side effects.
     *
     * @return the lookup of the defined class
     * @throws IllegalAccessException when the woven class's lookup may not define it
     * @throws RuntimeException or {@link LinkageError} when not even the class without the failing invariants defines
     */
    public static MethodHandles.Lookup compile(ClassPlan plan, ClassLoader loader, Map<Applied, Integer> indexes,
            Map<Integer, String> problems, Map<Integer, String> warnings, Definer definer) throws IllegalAccessException {
        Preparation preparation = new Preparation(plan, loader, indexes, problems);
        List<Prepared.Member> members = preparation.members();
        Prepared.Type type = preparation.types();
        warnings.putAll(preparation.warnings());
        String woven = Preparation.internalName(plan.info().className());
        boolean hasTypeInvariants = !plan.typeInvariants().isEmpty();
        try {
            return definer.define(CheckClassWriter.write(woven, loader, members, type, hasTypeInvariants, Set.of()));
        } catch (RuntimeException | LinkageError failure) {
            // A bug of ours, not the user's: find the invariants whose code breaks the class, one at a time, and
            // report those broken rather than leave the whole class unchecked.
            List<Prepared> all = new ArrayList<>();
            members.forEach(m -> all.addAll(m.invariants()));
            all.addAll(type.invariants());
            Set<Integer> everyIndex = new HashSet<>();
            all.forEach(p -> everyIndex.add(p.index()));
            Map<Integer, Applied> byIndex = new HashMap<>();
            indexes.forEach((applied, index) -> byIndex.put(index, applied));
            Set<Integer> culprits = new HashSet<>();
            for (Prepared each : all) {
                Set<Integer> others = new HashSet<>(everyIndex);
                others.remove(each.index());
                try {
                    definer.define(CheckClassWriter.write(woven, loader, members, type, hasTypeInvariants, others));
                } catch (RuntimeException | LinkageError alone) {
                    culprits.add(each.index());
                    String attribute = each.post() != null ? "post" : "pre";
                    String text = attribute.equals("post") ? byIndex.get(each.index()).definition().post()
                            : byIndex.get(each.index()).definition().pre();
                    problems.put(each.index(), new DefinitionProblem(byIndex.get(each.index()).definition(), attribute,
                            "[" + text + "] cannot be compiled: writing its bytecode failed with " + alone
                                    + " (a bug of invariants, not of the expression; please report it)").message());
                }
            }
            if (culprits.isEmpty()) {
                throw failure;
            }
            return definer.define(CheckClassWriter.write(woven, loader, withBroken(members, culprits),
                    withBroken(type, culprits), hasTypeInvariants, Set.of()));
        }
    }

    private static List<Prepared.Member> withBroken(List<Prepared.Member> members, Set<Integer> culprits) {
        List<Prepared.Member> result = new ArrayList<>();
        for (Prepared.Member member : members) {
            List<Integer> broken = new ArrayList<>(member.broken());
            List<Prepared> ok = new ArrayList<>();
            for (Prepared each : member.invariants()) {
                if (culprits.contains(each.index())) {
                    broken.add(each.index());
                } else {
                    ok.add(each);
                }
            }
            result.add(new Prepared.Member(member.plan(), ok, broken));
        }
        return result;
    }

    private static Prepared.Type withBroken(Prepared.Type type, Set<Integer> culprits) {
        List<Integer> broken = new ArrayList<>(type.broken());
        List<Prepared> ok = new ArrayList<>();
        for (Prepared each : type.invariants()) {
            if (culprits.contains(each.index())) {
                broken.add(each.index());
            } else {
                ok.add(each);
            }
        }
        return new Prepared.Type(ok, broken);
    }

    /**
     * Runs the whole compiler once over a trivial expression (parse, attribute against a class file, emit
     * with a lambda), so that the first real class does not pay for loading it. Nothing is defined.
     */
    public static void warmUp() {
        try {
            String text = "a != null && a.signum() >= 0 && java.util.List.of(a).stream().allMatch(x -> x.scale() >= 0)";
            Attributed attributed = Attributors.of(ChecksCompiler.class.getClassLoader()).attribute(Parser.parse(text),
                    new Context(WARM_UP, WARM_UP, "warmUpSubject", "(Ljava/math/BigDecimal;)Z", List.of("a"), true,
                            Context.Part.POST));
            ClassWriter writer = new FrameWriter(ChecksCompiler.class.getClassLoader());
            String name = WARM_UP + "$$WarmUp";
            writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, name, null, "java/lang/Object", null);
            ExpressionEmitter emitter = new ExpressionEmitter(writer, name);
            MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "check", "(Ljava/math/BigDecimal;)Z", null, null);
            method.visitCode();
            Label whenFalse = new Label();
            new Evaluations(emitter).test(method, attributed.expression(), new Locals(-1, -1, new int[] {0}, 1).with(new int[0]),
                    0, "post", whenFalse, whenFalse, List.of());
            method.visitInsn(Opcodes.ICONST_1);
            method.visitInsn(Opcodes.IRETURN);
            method.visitLabel(whenFalse);
            method.visitInsn(Opcodes.ICONST_0);
            method.visitInsn(Opcodes.IRETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
            emitter.finish();
            writer.visitEnd();
            writer.toByteArray();
        } catch (ExpressionError | RuntimeException | LinkageError e) {
            // Only a warm-up: the first class pays the cost instead.
        }
    }

    @SuppressWarnings("unused") // the warm-up's context
    private static boolean warmUpSubject(BigDecimal a) {
        return a != null;
    }
}
