package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.attr.Attributor;
import dev.invariants.junit.internal.expr.attr.Context;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.syntax.Parser;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.model.Comparisons;
import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.internal.weave.Applied;
import dev.invariants.junit.internal.weave.ClassPlan;
import dev.invariants.junit.internal.weave.MemberPlan;
import dev.invariants.junit.spi.InvariantDefinition;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.Type;

/**
 * The first half of compiling a woven class's checks: every expression parsed and attributed, every
 * {@code raises} type loaded. What cannot be compiled becomes a definition error ({@code problems},
 * registry index to message) and its invariant is broken; the rest is {@link Prepared} for writing.
 */
final class Preparation {

    /** An expression as parsed and as attributed. */
    private record Compiled(Node node, Attributed attributed, List<Comparisons.Found> comparisons,
            Map<Node, Typed> typed) {}

    private final ClassPlan plan;
    private final ClassLoader loader;
    private final Map<Applied, Integer> indexes;
    private final Map<Integer, String> problems;
    private final Map<Integer, String> warnings = new java.util.LinkedHashMap<>();
    private Attributor attributor;
    private Purity purity;
    private BoundarySides boundarySides;
    private final String woven;

    Preparation(ClassPlan plan, ClassLoader loader, Map<Applied, Integer> indexes, Map<Integer, String> problems) {
        this.plan = plan;
        this.loader = loader;
        this.indexes = indexes;
        this.problems = problems;
        this.woven = internalName(plan.info().className());
    }

    List<Prepared.Member> members() {
        // Problems found when reading the class come first: members that share an index (an inherited
        // declaration) must all know that its definition is broken, whichever is prepared first.
        for (Map.Entry<Applied, Integer> each : indexes.entrySet()) {
            if (!each.getKey().problems().isEmpty()) {
                problems.putIfAbsent(each.getValue(), each.getKey().problems().get(0).message());
            }
        }
        List<Prepared.Member> members = new ArrayList<>();
        for (MemberPlan member : plan.members()) {
            members.add(member(member));
        }
        return members;
    }

    Prepared.Type types() {
        List<Prepared> ok = new ArrayList<>();
        List<Integer> broken = new ArrayList<>();
        for (Applied applied : plan.typeInvariants()) {
            int index = indexes.get(applied);
            Prepared prepared = problems.containsKey(index) ? null : typeInvariant(applied, index);
            if (prepared == null) {
                broken.add(index);
            } else {
                ok.add(prepared);
            }
        }
        return new Prepared.Type(ok, broken);
    }

    // ---------------------------------------------------------------- members

    private Prepared.Member member(MemberPlan member) {
        List<Prepared> ok = new ArrayList<>();
        List<Integer> broken = new ArrayList<>();
        int position = 0;
        for (Applied applied : member.invariants()) {
            int index = indexes.get(applied);
            if (!problems.containsKey(index) && position >= Convention.MAX_INVARIANTS) {
                problem(index, applied.definition(), "post", "a member can have at most " + Convention.MAX_INVARIANTS
                        + " invariants; " + member.name() + " has " + member.invariants().size());
            }
            long bit = 1L << Math.min(position++, Convention.MAX_INVARIANTS - 1);
            Prepared prepared = problems.containsKey(index) ? null : prepare(applied, index, member, bit);
            if (prepared == null) {
                broken.add(index);
            } else {
                ok.add(prepared);
            }
        }
        return new Prepared.Member(member, ok, broken);
    }

    private Prepared prepare(Applied applied, int index, MemberPlan member, long bit) {
        InvariantDefinition definition = applied.definition();
        if (!applied.problems().isEmpty()) {
            problems.put(index, applied.problems().get(0).message());
            return null;
        }
        List<String> names = parameterNames(applied, member);
        String hint = parameterHint(applied, member, names);
        Context pre = context(applied, member, names, Context.Part.PRE);
        Attributed preAttributed = null;
        if (!definition.pre().strip().equals("true")) {
            Compiled compiled = compile(index, definition, "pre", definition.pre(), pre, member, hint, false);
            if (compiled == null) {
                return null;
            }
            preAttributed = compiled.attributed();
        }
        Attributed post = null;
        List<Prepared.Side> sides = List.of();
        if (!definition.post().isBlank()) {
            Compiled compiled = compile(index, definition, "post", definition.post(),
                    context(applied, member, names, Context.Part.POST), member, hint, true);
            if (compiled == null) {
                return null;
            }
            post = compiled.attributed();
            sides = boundarySides().of(compiled.comparisons(), compiled.typed(), definition.post(),
                    context(applied, member, names, Context.Part.VALUE));
        }
        List<Prepared.Raised> raises = new ArrayList<>();
        for (String name : definition.raises()) {
            Prepared.Raised raised = raised(index, definition, name);
            if (raised == null) {
                return null;
            }
            raises.add(raised);
        }
        return new Prepared(index, bit, names, preAttributed, post, raises, sides);
    }

    private Context context(Applied applied, MemberPlan member, List<String> names, Context.Part part) {
        return new Context(internalName(applied.declaring().className()), woven, member.name(), member.descriptor(),
                names, member.isStatic(), part);
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

    private String parameterHint(Applied applied, MemberPlan member, List<String> names) {
        if (applied.parameterNames() != null || member.argumentTypes().length == 0) {
            return null;
        }
        InvariantDefinition definition = applied.definition();
        return "the parameter names of " + definition.location() + " are not in the class file ("
                + (member.ownParameterNames() != null && applied.declaring() != plan.info()
                        ? "the expressions were given the implementation's names " + names
                        : "the expressions can only use " + names)
                + "): compile " + definition.owner() + " with `-parameters` (maven-compiler-plugin: "
                + "<parameters>true</parameters>)"
                + (applied.declaring() == plan.info() ? " or with debug information (`-g`)" : "");
    }

    private Prepared.Raised raised(int index, InvariantDefinition definition, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (!Throwable.class.isAssignableFrom(type)) {
                problem(index, definition, "raises", "`raises` lists [" + name + "], which is not an exception type (not a Throwable)");
                return null;
            }
            String wovenPackage = plan.info().className().substring(0, Math.max(0, plan.info().className().lastIndexOf('.')));
            boolean nameable = Modifier.isPublic(type.getModifiers())
                    || (type.getClassLoader() == loader && type.getPackageName().equals(wovenPackage));
            return new Prepared.Raised(internalName(name), nameable);
        } catch (ClassNotFoundException | LinkageError e) {
            problem(index, definition, "raises", "`raises` lists [" + name + "], which cannot be loaded (" + e + ")");
            return null;
        }
    }

    // ---------------------------------------------------------------- type invariants

    private Prepared typeInvariant(Applied applied, int index) {
        InvariantDefinition definition = applied.definition();
        if (!applied.problems().isEmpty()) {
            problems.put(index, applied.problems().get(0).message());
            return null;
        }
        String declaring = internalName(applied.declaring().className());
        Context type = new Context(declaring, woven, null, null, List.of(), false, Context.Part.TYPE);
        Compiled compiled = compile(index, definition, "post", definition.post(), type, null, null, true);
        if (compiled == null) {
            return null;
        }
        List<Prepared.Side> sides = boundarySides().of(compiled.comparisons(), compiled.typed(), definition.post(),
                new Context(declaring, woven, null, null, List.of(), false, Context.Part.VALUE));
        return new Prepared(index, 0L, List.of(), null, compiled.attributed(), List.of(), sides);
    }

    // ---------------------------------------------------------------- expressions

    private Compiled compile(int index, InvariantDefinition definition, String attribute, String text, Context context,
            MemberPlan member, String hint, boolean evidence) {
        Node node;
        try {
            node = Parser.parse(text);
        } catch (ExpressionError e) {
            problem(index, definition, attribute, Problems.doesNotCompile(text, e, hint));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            problem(index, definition, attribute, internalError(text, "parsing", e));
            return null;
        }
        try {
            List<Comparisons.Found> comparisons = evidence ? Comparisons.find(node, text) : List.of();
            Map<Node, Typed> watched = new IdentityHashMap<>();
            for (Comparisons.Found each : comparisons) {
                watched.put(each.left(), null);
                watched.put(each.right(), null);
            }
            Attributed attributed = attributor().attribute(node, context, text, watched);
            String misuse = misuse(node, text, context, member, attributed);
            if (misuse != null) {
                problem(index, definition, attribute, misuse);
                return null;
            }
            sideEffects(index, definition, attribute, text, attributed);
            return new Compiled(node, attributed, comparisons, watched);
        } catch (ExpressionError e) {
            String misuse = misuse(node, text, context, member, null);
            problem(index, definition, attribute, misuse != null ? misuse : Problems.doesNotCompile(text, e, hint));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            problem(index, definition, attribute, internalError(text, "attributing", e));
            return null;
        }
    }

    /**
     * {@code result} or {@code old(...)} where the attribute has none, in the words users know. With
     * {@code attributed} {@code null} (attribution failed) a name in the tree is enough; otherwise only
     * what attribution says the expression uses counts (a field may be named {@code result}).
     */
    private static String misuse(Node node, String text, Context context, MemberPlan member, Attributed attributed) {
        boolean anyResult = attributed == null || attributed.usesResult();
        boolean anyOld = attributed == null || !attributed.olds().isEmpty();
        Node.Name result = anyResult ? Structure.result(node, context.parameterNames()) : null;
        Node.Call old = anyOld ? Structure.old(node) : null;
        boolean definite = attributed != null;
        switch (context.part()) {
            case PRE -> {
                if (result != null || (definite && anyResult)) {
                    return at("`result` is only available in `post`", text, result);
                }
                if (old != null || (definite && anyOld)) {
                    return at("`old(...)` is only available in `post`", text, old);
                }
            }
            case POST -> {
                boolean hasResult = !member.isConstructor() && member.returnType().getSort() != Type.VOID;
                if (!hasResult && (result != null || (definite && anyResult))) {
                    return at(member.isConstructor()
                            ? "`result` is not available: a constructor has no result; refer to the fields of `this`"
                            : "`result` is not available: " + member.name() + " returns void", text, result);
                }
            }
            case TYPE -> {
                if (result != null || (definite && anyResult)) {
                    return at("a type invariant has no `result`; it states what holds of `this` after every call", text,
                            result);
                }
                if (old != null || (definite && anyOld)) {
                    return at("a type invariant has no `old(...)`; compare with the state on entry in a method's `post`",
                            text, old);
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    private static String at(String reason, String text, Node node) {
        return node == null ? reason : Problems.structural(reason, text, node.start(),
                node instanceof Node.Call call ? call.nameStart() + call.name().length() : node.end());
    }

    /** Made at the first expression that parses: a class whose expressions all fail to parse reads no class file. */
    private Attributor attributor() {
        if (attributor == null) {
            attributor = Attributors.of(loader);
        }
        return attributor;
    }

    private static String internalError(String text, String stage, Throwable e) {
        return "[" + text + "] cannot be compiled: " + stage + " it failed with " + e
                + " (a bug of invariants, not of the expression; please report it)";
    }

    /** Warnings found while preparing (calls not known to be free of side effects), by index; the first per invariant. */
    Map<Integer, String> warnings() {
        return warnings;
    }

    private void sideEffects(int index, InvariantDefinition definition, String attribute, String text, Attributed attributed) {
        java.util.Set<String> calls = new java.util.LinkedHashSet<>(purity().impureCalls(attributed.expression()));
        attributed.olds().forEach(old -> calls.addAll(purity().impureCalls(old.value())));
        if (!calls.isEmpty()) {
            String checkedIn = definition.owner().equals(plan.info().className()) ? ""
                    : " (as " + plan.info().className() + " implements " + (calls.size() == 1 ? "it" : "them") + ")";
            warnings.putIfAbsent(index, new DefinitionProblem(definition, attribute, "[" + text + "] calls "
                    + String.join(", ", calls) + checkedIn + (calls.size() == 1 ? ", which is" : ", which are")
                    + " not known to be free of side effects: an invariant should only read, or the code under test"
                    + " and the test see what it changed; call methods that only read (the invariant is checked all the same)")
                    .message());
        }
    }

    private BoundarySides boundarySides() {
        if (boundarySides == null) {
            boundarySides = new BoundarySides(attributor(), purity());
        }
        return boundarySides;
    }

    private Purity purity() {
        if (purity == null) {
            purity = new Purity(attributor().model(), woven);
        }
        return purity;
    }

    private void problem(int index, InvariantDefinition definition, String attribute, String reason) {
        problems.put(index, new DefinitionProblem(definition, attribute, reason).message());
    }

    static String internalName(String className) {
        return className.replace('.', '/');
    }
}
