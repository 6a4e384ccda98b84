package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.internal.model.InvariantDefinition;
import dev.invariants.junit.internal.weave.Applied;
import dev.invariants.junit.internal.weave.ClassInfo;
import dev.invariants.junit.internal.weave.ClassPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Compiles the checks of one woven class, in one batch. An expression the compiler rejects makes its
 * invariant broken (the message names class, member, attribute, expression and the compiler's words)
 * and the rest is compiled again without it. Janino first; when it refuses something and a JDK
 * compiler is present, javac gets the whole batch (it knows lambdas and generics, and its verdict
 * and messages are final).
 */
public final class ClassCompiler {

    /**
     * The compiled class and what linking needs.
     *
     * @param bytes        class file of the generated class
     * @param memberFields woven member index to the fields its methods take last
     * @param typeFields   the fields {@code ty} takes last
     */
    public record Compiled(byte[] bytes, Map<Integer, List<ClassInfo.Field>> memberFields,
            List<ClassInfo.Field> typeFields) {}

    private ClassCompiler() {}

    /** Loads the compiler by compiling a trivial class, so that the first real batch does not pay for it. */
    public static void warmUp() {
        try {
            JaninoCompiler.compile(new ClassSource("dev.invariants.junit.internal.expr.WarmUp$$Invariants",
                    "package dev.invariants.junit.internal.expr;\npublic final class WarmUp$$Invariants {\n"
                            + "public static long e0(java.math.BigDecimal a$0) { long m$ = 0L; try { if (a$0 != null"
                            + " && a$0.signum() >= 0) { m$ |= 1L; } } catch (Throwable x$) { m$ = 0L; } return m$; }\n}\n",
                    Map.of(), Map.of(), List.of()), ClassCompiler.class.getClassLoader());
        } catch (CompileFailure | RuntimeException | LinkageError e) {
            // Only a warm-up: the first batch pays the cost instead.
        }
    }

    /**
     * Compiles; {@code problems} (registry index to message) receives every definition error found.
     *
     * @throws IllegalStateException when not even the class without any expression compiles
     */
    public static Compiled compile(ClassPlan plan, ClassLoader loader, Map<Applied, Integer> indexes,
            Map<Integer, String> problems, IntFunction<InvariantDefinition> definitions) {
        Map<Integer, String> found = new HashMap<>(problems);
        ClassSource first = new SourceGenerator(plan, loader, indexes, found).generate();
        // A pass can find a definition error after writing earlier checks that depend on it being absent:
        // only a pass that found none is the source to compile; otherwise the loop generates it again.
        ClassSource generated = found.size() == problems.size() ? first : null;
        Map<Integer, String> beforeCompiling = new HashMap<>(found);
        Map<Integer, String> janino = new HashMap<>(beforeCompiling);
        Compiled compiled = loop(plan, loader, indexes, janino, definitions, false, generated);
        if (janino.size() > beforeCompiling.size() && JavacCompiler.available()) {
            Map<Integer, String> javac = new HashMap<>(beforeCompiling);
            try {
                Compiled byJavac = loop(plan, loader, indexes, javac, definitions, true, generated);
                problems.putAll(javac);
                return byJavac;
            } catch (IllegalStateException e) {
                // javac could not do better; Janino's result stands.
            }
        }
        problems.putAll(janino);
        return compiled;
    }

    private static Compiled loop(ClassPlan plan, ClassLoader loader, Map<Applied, Integer> indexes,
            Map<Integer, String> problems, IntFunction<InvariantDefinition> definitions, boolean javac,
            ClassSource generated) {
        int limit = indexes.size() + 2;
        String lastWholeClassError = null;
        for (int attempt = 0; attempt < limit; attempt++) {
            ClassSource source = attempt == 0 && generated != null ? generated
                    : new SourceGenerator(plan, loader, indexes, problems).generate();
            try {
                byte[] bytes = javac ? JavacCompiler.compile(source, loader) : JaninoCompiler.compile(source, loader);
                return new Compiled(bytes, source.memberFields(), source.typeFields());
            } catch (CompileFailure failure) {
                boolean blamed = false;
                for (CompileFailure.Error error : failure.errors()) {
                    ClassSource.Site site = source.lines().get(error.line());
                    if (site != null && !problems.containsKey(site.invariant())) {
                        problems.put(site.invariant(), message(definitions.apply(site.invariant()), site, error, javac));
                        blamed = true;
                    }
                }
                if (!blamed) {
                    if (lastWholeClassError != null) {
                        throw new IllegalStateException("the generated checks of " + plan.info().className()
                                + " do not compile: " + lastWholeClassError + "\n" + source.text());
                    }
                    lastWholeClassError = failure.errors().toString();
                    for (Integer index : indexes.values()) {
                        problems.putIfAbsent(index, new DefinitionProblem(definitions.apply(index), "post",
                                "the checks of " + plan.info().className() + " do not compile: "
                                        + failure.errors().get(0).message()
                                        + " (is a type it uses private, or not visible from its package?)").message());
                    }
                }
            }
        }
        throw new IllegalStateException("the generated checks of " + plan.info().className() + " do not compile");
    }

    private static String message(InvariantDefinition definition, ClassSource.Site site, CompileFailure.Error error,
            boolean javac) {
        String reason = "[" + site.expression() + "] does not compile: " + error.message().strip()
                + (javac ? " (javac)" : JavacCompiler.available() ? "" : " (Janino; with a JDK, javac would be tried too)");
        if (site.hint() != null) {
            reason += "; " + site.hint();
        }
        return new DefinitionProblem(definition, site.attribute(), reason).message();
    }
}
