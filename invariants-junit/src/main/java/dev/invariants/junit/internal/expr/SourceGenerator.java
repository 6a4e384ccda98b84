package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.ClassSource.Lines;
import dev.invariants.junit.internal.expr.ClassSource.Site;
import dev.invariants.junit.internal.model.Comparison;
import dev.invariants.junit.internal.model.Comparisons;
import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.internal.model.InvariantDefinition;
import dev.invariants.junit.internal.weave.Applied;
import dev.invariants.junit.internal.weave.ClassInfo;
import dev.invariants.junit.internal.weave.ClassPlan;
import dev.invariants.junit.internal.weave.MemberPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Type;

/**
 * Writes the Java source of the class that checks one woven class: per member {@code e<k>} (entry:
 * evaluates every {@code pre}, captures {@code old} values, returns the per-call state), {@code x<k>}
 * (normal exit) and {@code t<k>} (exceptional exit); and {@code ty}, the class's type invariants.
 * Invariants with a known definition error become a call that reports it. Counts go straight to
 * {@code Recorder}; nothing is boxed or allocated unless a value is shown in a message or an
 * {@code old} value is kept.
 */
final class SourceGenerator {

    static final long OLD_BIT = 1L << 61;
    static final long TYPE_BIT = 1L << 62;

    private static final String RT = "dev.invariants.junit.internal.runtime.";
    private static final String C = RT + "Checks";
    private static final String R = "dev.invariants.junit.internal.ledger.Recorder";
    private static final String VIOLATION = "dev.invariants.junit.InvariantViolationError";

    private final ClassPlan plan;
    private final ClassLoader loader;
    private final Map<Applied, Integer> indexes;
    private final Map<Integer, String> problems;
    private final Map<ClassInfo, Scope> scopes = new IdentityHashMap<>();
    private final Set<String> identifiers = new HashSet<>();
    private final String packageName;
    private final String selfType;
    private final String simpleName;

    SourceGenerator(ClassPlan plan, ClassLoader loader, Map<Applied, Integer> indexes, Map<Integer, String> problems) {
        this.plan = plan;
        this.loader = loader;
        this.indexes = indexes;
        this.problems = problems;
        String className = plan.info().className();
        int dot = className.lastIndexOf('.');
        this.packageName = dot < 0 ? "" : className.substring(0, dot);
        this.selfType = SourceTypes.ofInternalName(className.replace('.', '/'));
        this.simpleName = className.substring(dot + 1) + "$$Invariants";
    }

    ClassSource generate() {
        Lines body = new Lines();
        Map<Integer, List<ClassInfo.Field>> memberFields = new HashMap<>();
        for (MemberPlan member : plan.members()) {
            memberFields.put(member.index(), member(body, member));
        }
        List<ClassInfo.Field> typeFields = plan.typeInvariants().isEmpty() ? List.of() : type(body);
        Lines source = new Lines();
        if (!packageName.isEmpty()) {
            source.add("package " + packageName + ";");
        }
        for (String each : imports()) {
            source.add("import " + each + ";");
        }
        source.add("public final class " + simpleName + " {");
        int offset = countLines(source.text());
        Map<Integer, Site> sites = new HashMap<>();
        body.sites().forEach((line, site) -> sites.put(line + offset, site));
        source.add(body.text());
        source.add("}");
        String binaryName = (packageName.isEmpty() ? "" : packageName + ".") + simpleName;
        return new ClassSource(binaryName, source.text(), sites, memberFields, typeFields);
    }

    private static int countLines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    // ---------------------------------------------------------------- members

    /** One invariant of a member, prepared: rewritten expressions, or the problem that makes it broken. */
    private record Prepared(Applied applied, int index, List<String> names, Rewriter.Expr pre, Rewriter.Expr post,
            List<String> raises, long bit, String hint, List<Side> sides) {}

    /** Both sides of the {@code comparison}-th numeric comparison of a post, rewritten, for boundary evidence. */
    private record Side(int comparison, String left, String right) {}

    private List<ClassInfo.Field> member(Lines out, MemberPlan member) {
        Rewriter rewriter = new Rewriter();
        memberOlds = rewriter.olds();
        Type[] arguments = member.argumentTypes();
        boolean hasSelf = !member.isStatic();
        boolean hasResult = !member.isConstructor() && member.returnType().getSort() != Type.VOID;
        this.currentArguments = arguments;
        this.currentResult = hasResult ? member.returnType() : null;
        List<Prepared> ok = new ArrayList<>();
        List<Integer> broken = new ArrayList<>();
        int bitIndex = 0;
        for (Applied applied : member.invariants()) {
            int index = indexes.get(applied);
            long bit = 1L << bitIndex++;
            Prepared prepared = problems.containsKey(index) ? null
                    : prepare(applied, index, member, rewriter, hasSelf, hasResult, bit);
            if (prepared == null) {
                broken.add(index);
            } else {
                ok.add(prepared);
            }
        }
        List<ClassInfo.Field> fields = new ArrayList<>(rewriter.fieldParameters().keySet());
        String arguments0 = argumentDeclarations(arguments) + fieldDeclarations(rewriter);
        String self = hasSelf ? selfType + " self$" : "";
        int k = member.index();
        entry(out, member, k, join(self, arguments0), ok, broken, rewriter, arguments);
        String result = hasResult ? SourceTypes.of(member.returnType()) + " result" : "";
        normalExit(out, member, k, join("long s$", self, result, arguments0), ok, rewriter, arguments, hasResult);
        exceptionalExit(out, member, k, join("long s$", self, "Throwable t$", arguments0), ok, rewriter, arguments);
        return fields;
    }

    private Prepared prepare(Applied applied, int index, MemberPlan member, Rewriter rewriter, boolean hasSelf,
            boolean hasResult, long bit) {
        InvariantDefinition definition = applied.definition();
        if (!applied.problems().isEmpty()) {
            problems.put(index, applied.problems().get(0).message());
            return null;
        }
        List<String> names = parameterNames(applied, member);
        Scope scope = scopes.computeIfAbsent(applied.declaring(), d -> new Scope(loader, d));
        Map<String, String> types = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (currentArguments[i].getSort() == Type.OBJECT) {
                types.put(names.get(i), currentArguments[i].getInternalName());
            }
        }
        if (currentResult != null && currentResult.getSort() == Type.OBJECT && !types.containsKey("result")) {
            types.put("result", currentResult.getInternalName());
        }
        rewriter.reading(types, this::peek);
        Set<String> parameterSet = new LinkedHashSet<>(names);
        Rewriter.Expr pre = rewriter.rewrite(definition.pre(), scope, parameterSet, hasSelf, index);
        noteIdentifiers(definition.pre());
        if (pre.usesResult()) {
            return problem(index, definition, "pre", "`result` is only available in `post`");
        }
        if (!pre.olds().isEmpty()) {
            return problem(index, definition, "pre", "`old(...)` is only available in `post`");
        }
        Rewriter.Expr post = null;
        List<Side> sides = List.of();
        if (!definition.post().isBlank()) {
            post = rewriter.rewrite(definition.post(), scope, parameterSet, hasSelf, index);
            noteIdentifiers(definition.post());
            sides = sides(definition.post(), rewriter, scope, parameterSet, hasSelf, index);
            if (post.usesResult() && !hasResult && !names.contains("result")) {
                return problem(index, definition, "post", member.isConstructor()
                        ? "`result` is not available: a constructor has no result; refer to the fields of `this`"
                        : "`result` is not available: " + member.name() + " returns void");
            }
        }
        List<String> raises = new ArrayList<>();
        for (String name : definition.raises()) {
            String error = checkRaises(name);
            if (error != null) {
                return problem(index, definition, "raises", error);
            }
            raises.add(SourceTypes.ofInternalName(name.replace('.', '/')));
        }
        String hint = null;
        if (applied.parameterNames() == null && member.argumentTypes().length > 0) {
            hint = "the parameter names of " + definition.location() + " are not in the class file ("
                    + (member.ownParameterNames() != null && applied.declaring() != plan.info()
                            ? "the expressions were given the implementation's names " + names
                            : "the expressions can only use " + names)
                    + "): compile " + definition.owner() + " with `-parameters` (maven-compiler-plugin: "
                    + "<parameters>true</parameters>)"
                    + (applied.declaring() == plan.info() ? " or with debug information (`-g`)" : "");
        }
        return new Prepared(applied, index, names, pre, post, raises, bit, hint, sides);
    }

    /**
     * The sides of the post's numeric comparisons ({@link Comparisons}), rewritten like the post itself.
     * Sides that use {@code old(...)} are left out: their values live in the entry state.
     */
    private List<Side> sides(String post, Rewriter rewriter, Scope scope, Set<String> parameters, boolean hasSelf,
            int index) {
        List<Comparison> comparisons = Comparisons.of(post);
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison comparison = comparisons.get(i);
            if (comparison.left().contains("old(") || comparison.right().contains("old(")) {
                continue;
            }
            sides.add(new Side(i, rewriter.rewrite(comparison.left(), scope, parameters, hasSelf, index).text(),
                    rewriter.rewrite(comparison.right(), scope, parameters, hasSelf, index).text()));
        }
        return sides;
    }

    private String checkRaises(String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            return Throwable.class.isAssignableFrom(type) ? null
                    : "`raises` lists [" + name + "], which is not an exception type (not a Throwable)";
        } catch (ClassNotFoundException | LinkageError e) {
            return "`raises` lists [" + name + "], which cannot be loaded (" + e + ")";
        }
    }

    private Prepared problem(int index, InvariantDefinition definition, String attribute, String reason) {
        problems.put(index, new DefinitionProblem(definition, attribute, reason).message());
        return null;
    }

    private static List<String> parameterNames(Applied applied, MemberPlan member) {
        if (applied.parameterNames() != null) {
            return applied.parameterNames();
        }
        if (member.ownParameterNames() != null) {
            return member.ownParameterNames();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < member.argumentTypes().length; i++) {
            names.add("arg" + i);
        }
        return names;
    }

    private void entry(Lines out, MemberPlan member, int k, String parameters, List<Prepared> ok, List<Integer> broken,
            Rewriter rewriter, Type[] arguments) {
        out.add("public static long e" + k + "(" + parameters + ") {");
        out.add(RT + "ThreadState ts$ = " + RT + "ThreadState.current();");
        out.add("if (ts$.suspended) return 0L;");
        out.add("long m$ = 0L;");
        out.add("ts$.suspended = true;");
        out.add("try {");
        for (int index : broken) {
            out.add(C + ".definitionError(" + index + ");");
        }
        for (Prepared each : ok) {
            String bit = each.bit + "L";
            if ("true".equals(each.pre.text())) {
                out.add("m$ |= " + bit + ";");
                continue;
            }
            out.add("{");
            aliases(out, each, arguments);
            out.add("int r$ = 2;");
            out.expression("try { r$ = (", each.pre.text(), ") ? 1 : 0; }",
                    new Site(each.index, "pre", each.applied.definition().pre(), each.hint));
            out.add("catch (Throwable x$) { " + C + ".threw(" + each.index + ", \"pre\", x$); }");
            out.add("if (r$ == 1) { m$ |= " + bit + "; } else if (r$ == 0) { if (" + C + ".enforce) { throw " + C
                    + ".preViolated(" + each.index + ", " + values(each, each.pre, false, false) + "); } " + R
                    + ".record(" + each.index + ", 0); }");
            out.add("}");
        }
        List<Rewriter.Old> olds = rewriter.olds();
        if (!olds.isEmpty()) {
            long mask = 0;
            for (Prepared each : ok) {
                if (each.post != null && !each.post.olds().isEmpty()) {
                    mask |= each.bit;
                }
            }
            out.add("if ((m$ & " + mask + "L) != 0L) {");
            out.add("Object[] o$ = new Object[" + olds.size() + "];");
            for (Prepared each : ok) {
                if (each.post == null || each.post.olds().isEmpty()) {
                    continue;
                }
                out.add("if ((m$ & " + each.bit + "L) != 0L) {");
                aliases(out, each, arguments);
                out.add("try {");
                for (int old : each.post.olds()) {
                    Rewriter.Old value = olds.get(old);
                    out.expression("o$[" + old + "] = ", value.text(), ";",
                            new Site(each.index, "post", each.applied.definition().post(), each.hint));
                }
                out.add("} catch (Throwable x$) { m$ &= ~" + each.bit + "L; " + C + ".threw(" + each.index
                        + ", \"post\", x$); }");
                out.add("}");
            }
            out.add("ts$.pushOld(o$); m$ |= " + OLD_BIT + "L;");
            out.add("}");
        }
        out.add("} finally { ts$.suspended = false; }");
        if (member.typeTracked()) {
            out.add("if (ts$.enter(self$)) { m$ |= " + TYPE_BIT + "L; }");
        }
        out.add("return m$;");
        out.add("}");
    }

    private void normalExit(Lines out, MemberPlan member, int k, String parameters, List<Prepared> ok, Rewriter rewriter,
            Type[] arguments, boolean hasResult) {
        out.add("public static void x" + k + "(" + parameters + ") {");
        out.add("if (s$ == 0L) return;");
        out.add(RT + "ThreadState ts$ = " + RT + "ThreadState.current();");
        out.add(VIOLATION + " v$ = null;");
        out.add("ts$.suspended = true;");
        out.add("try {");
        if (!rewriter.olds().isEmpty()) {
            out.add("Object[] o$ = (s$ & " + OLD_BIT + "L) != 0L ? ts$.popOld() : null;");
        }
        for (Prepared each : ok) {
            out.add("if ((s$ & " + each.bit + "L) != 0L) {");
            aliases(out, each, arguments);
            if (each.post != null) {
                for (int old : each.post.olds()) {
                    out.add(oldDeclaration(old, rewriter, each, arguments));
                }
                out.add("int r$ = 2;");
                out.expression("try { r$ = (", each.post.text(), ") ? 1 : 0; }",
                        new Site(each.index, "post", each.applied.definition().post(), each.hint));
                out.add("catch (Throwable x$) { " + C + ".threw(" + each.index + ", \"post\", x$); }");
                out.add("if (r$ == 1) { " + R + ".record(" + each.index + ", 1); } else if (r$ == 0) { " + R + ".record("
                        + each.index + ", 2); if (v$ == null) { v$ = " + C + ".postViolated(" + each.index + ", "
                        + values(each, each.post, hasResult, true) + "); } }");
                boundaryEvidence(out, each.index, each.sides);
            } else {
                out.add(R + ".record(" + each.index + ", 2); if (v$ == null) { v$ = " + C + ".returnedNormally("
                        + each.index + ", " + values(each, null, hasResult, false) + "); }");
            }
            out.add("}");
        }
        out.add("} finally { ts$.suspended = false; }");
        if (member.typeTracked()) {
            String after = quote(after(member));
            if (member.isConstructor()) {
                out.add("if ((s$ & " + TYPE_BIT + "L) != 0L) { v$ = " + RT + "TypeChecks.constructed(ts$, self$, "
                        + selfType + ".class, " + member.delegating() + ", v$, " + after + "); }");
            } else {
                out.add("if ((s$ & " + TYPE_BIT + "L) != 0L) { v$ = " + RT + "TypeChecks.exit(ts$, self$, v$, " + after
                        + ", null); }");
            }
        }
        out.add("if (v$ != null) { throw v$; }");
        out.add("}");
    }

    private void exceptionalExit(Lines out, MemberPlan member, int k, String parameters, List<Prepared> ok,
            Rewriter rewriter, Type[] arguments) {
        out.add("public static void t" + k + "(" + parameters + ") {");
        out.add("if (s$ == 0L) return;");
        out.add(RT + "ThreadState ts$ = " + RT + "ThreadState.current();");
        out.add(VIOLATION + " v$ = null;");
        out.add("boolean ours$ = " + C + ".ours(t$);");
        out.add("ts$.suspended = true;");
        out.add("try {");
        if (!rewriter.olds().isEmpty()) {
            out.add("if ((s$ & " + OLD_BIT + "L) != 0L) { ts$.popOld(); }");
        }
        out.add("if (!ours$) {");
        for (Prepared each : ok) {
            out.add("if ((s$ & " + each.bit + "L) != 0L) {");
            if (each.raises.isEmpty()) {
                out.add(R + ".record(" + each.index + ", 3);");
            } else {
                aliases(out, each, arguments);
                StringBuilder test = new StringBuilder();
                for (String type : each.raises) {
                    test.append(test.length() == 0 ? "" : " || ").append("t$ instanceof ").append(type);
                }
                out.add("if (" + test + ") { " + R + ".record(" + each.index + ", 1); } else { " + R + ".record("
                        + each.index + ", 2); if (v$ == null) { v$ = " + C + ".raisedOther(" + each.index + ", t$, "
                        + values(each, null, false, false) + "); } }");
            }
            out.add("}");
        }
        out.add("}");
        out.add("} finally { ts$.suspended = false; }");
        if (member.typeTracked()) {
            if (member.isConstructor()) {
                out.add("if ((s$ & " + TYPE_BIT + "L) != 0L) { " + RT + "TypeChecks.abandon(ts$, self$); }");
            } else {
                out.add("if ((s$ & " + TYPE_BIT + "L) != 0L) { if (ours$) { " + RT + "TypeChecks.abandon(ts$, self$); }"
                        + " else { v$ = " + RT + "TypeChecks.exit(ts$, self$, v$, " + quote(after(member)) + ", t$); } }");
            }
        }
        out.add("if (v$ != null) { throw v$; }");
        out.add("}");
    }

    private String after(MemberPlan member) {
        String signature = member.displaySignature();
        if (member.isConstructor()) {
            String owner = selfType.substring(selfType.lastIndexOf('.') + 1);
            return "new " + owner + signature.substring("<init>".length());
        }
        return signature;
    }

    private void aliases(Lines out, Prepared each, Type[] arguments) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < arguments.length; i++) {
            String name = each.names.get(i);
            line.append("final ").append(SourceTypes.of(arguments[i])).append(' ').append(name).append(" = a$").append(i)
                    .append("; ");
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
    }

    private String oldDeclaration(int old, Rewriter rewriter, Prepared each, Type[] arguments) {
        Type type = OldTypes.infer(rewriter.olds().get(old).text(), each.names, arguments, rewriter.fieldParameters(),
                plan.info().className().replace('.', '/'), loader);
        String wrapper = SourceTypes.wrapper(type);
        String cast = wrapper != null ? "((" + wrapper + ") o$[" + old + "])." + type.getClassName() + "Value()"
                : "((" + SourceTypes.of(type) + ") o$[" + old + "])";
        return "final " + SourceTypes.of(type) + " o$" + old + " = " + cast + ";";
    }

    /** {@code new Object[] {"amount", amount, "result", result, "old(balance)", o$0, "balance", f$1}}. */
    private String values(Prepared each, Rewriter.Expr expression, boolean result, boolean olds) {
        List<String> parts = new ArrayList<>();
        for (String name : each.names) {
            parts.add(quote(name) + ", " + name);
        }
        if (result) {
            parts.add("\"result\", result");
        }
        List<String> fieldsRead = new ArrayList<>(each.pre.fieldsRead());
        if (expression != null) {
            for (String field : expression.fieldsRead()) {
                if (!fieldsRead.contains(field)) {
                    fieldsRead.add(field);
                }
            }
            if (olds) {
                for (int old : expression.olds()) {
                    // old values appear under their source text; the rewriter numbered them per member.
                    parts.add(quote("old(" + oldSource(old) + ")") + ", o$" + old);
                }
            }
        }
        for (String field : fieldsRead) {
            int equals = field.indexOf('=');
            parts.add(quote(field.substring(0, equals)) + ", " + field.substring(equals + 1));
        }
        return "new Object[] {" + String.join(", ", parts) + "}";
    }

    private List<Rewriter.Old> memberOlds = List.of();
    private Type[] currentArguments = new Type[0];
    private Type currentResult;

    /** {@code other.amount}: through {@code Peek}, with the field's type restored by a cast. */
    private String peek(ClassInfo.Field field, String target) {
        Type type = Type.getType(field.descriptor());
        try {
            Class<?> owner = Class.forName(field.owner().replace('/', '.'), false, loader);
            Class<?> fieldType = owner.getDeclaredField(field.name()).getType();
            int id = dev.invariants.junit.internal.runtime.Peek.register(owner, field.name(), fieldType);
            String read = RT + "Peek.get(" + id + ", " + target + ")";
            String wrapper = SourceTypes.wrapper(type);
            return wrapper != null ? "((" + wrapper + ") " + read + ")." + type.getClassName() + "Value()"
                    : "((" + SourceTypes.of(type) + ") " + read + ")";
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return target + "." + field.name();
        }
    }

    private String oldSource(int old) {
        return memberOlds.get(old).source();
    }

    // ---------------------------------------------------------------- type invariants

    private List<ClassInfo.Field> type(Lines out) {
        Rewriter rewriter = new Rewriter();
        List<Integer> broken = new ArrayList<>();
        List<Object[]> ok = new ArrayList<>();
        for (Applied applied : plan.typeInvariants()) {
            int index = indexes.get(applied);
            InvariantDefinition definition = applied.definition();
            if (!problems.containsKey(index) && !applied.problems().isEmpty()) {
                problems.put(index, applied.problems().get(0).message());
            }
            if (problems.containsKey(index)) {
                broken.add(index);
                continue;
            }
            Scope scope = scopes.computeIfAbsent(applied.declaring(), d -> new Scope(loader, d));
            Rewriter.Expr post = rewriter.rewrite(definition.post(), scope, Set.of(), true, index);
            noteIdentifiers(definition.post());
            if (!post.olds().isEmpty() || post.usesResult()) {
                problem(index, definition, "post", post.usesResult()
                        ? "a type invariant has no `result`; it states what holds of `this` after every call"
                        : "a type invariant has no `old(...)`; compare with the state on entry in a method's `post`");
                broken.add(index);
                continue;
            }
            ok.add(new Object[] {index, post, definition.post(),
                    sides(definition.post(), rewriter, scope, Set.of(), true, index)});
        }
        out.add("public static " + VIOLATION + " ty(" + selfType + " self$, String after$, Throwable thrown$"
                + fieldDeclarations(rewriter) + ") {");
        out.add(VIOLATION + " v$ = null;");
        for (int index : broken) {
            out.add(C + ".definitionError(" + index + ");");
        }
        for (Object[] each : ok) {
            int index = (Integer) each[0];
            Rewriter.Expr post = (Rewriter.Expr) each[1];
            out.add("{");
            out.add("int r$ = 2;");
            out.expression("try { r$ = (", post.text(), ") ? 1 : 0; }", new Site(index, "post", (String) each[2], null));
            out.add("catch (Throwable x$) { " + C + ".threw(" + index + ", \"post\", x$); }");
            List<String> parts = new ArrayList<>();
            for (String field : post.fieldsRead()) {
                int equals = field.indexOf('=');
                parts.add(quote(field.substring(0, equals)) + ", " + field.substring(equals + 1));
            }
            out.add("if (r$ == 1) { " + R + ".record(" + index + ", 1); } else if (r$ == 0) { " + R + ".record(" + index
                    + ", 2); if (v$ == null) { v$ = " + C + ".typeViolated(" + index + ", after$, thrown$, new Object[] {"
                    + String.join(", ", parts) + "}); } }");
            @SuppressWarnings("unchecked")
            List<Side> sides = (List<Side>) each[3];
            boundaryEvidence(out, index, sides);
            out.add("}");
        }
        out.add("return v$;");
        out.add("}");
        return new ArrayList<>(rewriter.fieldParameters().keySet());
    }

    // ---------------------------------------------------------------- helpers

    /**
     * After a post was evaluated ({@code r$} is 1 or 0), how close the call came to each comparison's
     * edge. A side that throws or is not a number is skipped: evidence never decides a result.
     */
    private static void boundaryEvidence(Lines out, int index, List<Side> sides) {
        for (Side side : sides) {
            out.add("if (r$ != 2) { try { " + R + ".boundary(" + index + ", " + side.comparison() + ", " + C
                    + ".number(" + side.left() + "), " + C + ".number(" + side.right() + ")); } catch (Throwable b$) { } }");
        }
    }

    private static String argumentDeclarations(Type[] arguments) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            parts.add(SourceTypes.of(arguments[i]) + " a$" + i);
        }
        return String.join(", ", parts);
    }

    private static String fieldDeclarations(Rewriter rewriter) {
        StringBuilder result = new StringBuilder();
        rewriter.fieldParameters().forEach((field, parameter) -> result.append(", ")
                .append(SourceTypes.of(Type.getType(field.descriptor()))).append(' ').append(parameter));
        return result.toString();
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            String stripped = part.startsWith(", ") ? part.substring(2) : part;
            if (!stripped.isEmpty()) {
                present.add(stripped);
            }
        }
        return String.join(", ", present);
    }

    static String quote(String text) {
        StringBuilder result = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> result.append("\\\"");
                case '\\' -> result.append("\\\\");
                case '\n' -> result.append("\\n");
                default -> result.append(c);
            }
        }
        return result.append('"').toString();
    }

    private void noteIdentifiers(String expression) {
        for (Tokens.Token token : Tokens.of(expression)) {
            if (token.kind() == Tokens.Kind.IDENTIFIER && Character.isUpperCase(token.text().charAt(0))) {
                identifiers.add(token.text());
            }
        }
    }

    /**
     * {@code java.util}, {@code java.math}, {@code java.time}; the packages and member types of the
     * declaring classes; and, standing in for the declaring classes' imports (which class files do not
     * keep), the types their class files refer to, where the simple name is used and unambiguous.
     */
    private List<String> imports() {
        Set<String> result = new LinkedHashSet<>(List.of("java.util.*", "java.math.*", "java.time.*"));
        Set<ClassInfo> declaring = new LinkedHashSet<>();
        declaring.add(plan.info());
        plan.members().forEach(m -> m.invariants().forEach(a -> declaring.add(a.declaring())));
        plan.typeInvariants().forEach(a -> declaring.add(a.declaring()));
        Map<String, Set<String>> bySimpleName = new HashMap<>();
        for (ClassInfo each : declaring) {
            String name = each.className();
            int dot = name.lastIndexOf('.');
            if (dot > 0 && !name.substring(0, dot).equals(packageName)) {
                result.add(name.substring(0, dot) + ".*");
            }
            result.add(SourceTypes.ofInternalName(name.replace('.', '/')) + ".*");
            for (String referenced : each.referencedTypes()) {
                String source = SourceTypes.ofInternalName(referenced);
                String simple = source.substring(source.lastIndexOf('.') + 1);
                if (identifiers.contains(simple) && !referenced.startsWith("java/lang/")) {
                    bySimpleName.computeIfAbsent(simple, s -> new LinkedHashSet<>()).add(source);
                }
            }
        }
        bySimpleName.forEach((simple, candidates) -> {
            if (candidates.size() == 1) {
                String only = candidates.iterator().next();
                if (!only.equals(packageName + "." + simple)) {
                    result.add(only);
                }
            }
        });
        return new ArrayList<>(result);
    }
}
