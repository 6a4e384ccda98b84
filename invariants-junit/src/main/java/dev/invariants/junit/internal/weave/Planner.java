package dev.invariants.junit.internal.weave;

import dev.invariants.junit.internal.model.ClassInvariants;
import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Decides what to weave in one class: for each method with code, its own invariants and those of
 * the methods it overrides or implements (contract inheritance); the type invariants of the class
 * and its supertypes; and which members take part in type checking.
 */
final class Planner {

    private static final int NOT_WOVEN = Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE
            | Opcodes.ACC_SYNTHETIC;

    private Planner() {}

    static ClassPlan plan(ClassLoader loader, ClassInfo info, MethodFacts facts) {
        List<ClassInfo> lineage = Hierarchy.lineage(loader, info);
        List<Applied> typeInvariants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ClassInfo each : lineage) {
            for (InvariantDefinition definition : definitions(each)) {
                if (definition.kind() == Kind.TYPE && seen.add(key(definition))) {
                    typeInvariants.add(new Applied(definition, each, List.of(), problems(each, definition)));
                }
            }
        }
        List<MemberPlan> members = new ArrayList<>();
        for (ClassInfo.Method method : info.methods) {
            if ((method.access() & NOT_WOVEN) != 0 || "<clinit>".equals(method.name())) {
                continue;
            }
            MethodFacts.Facts own = facts.of(method.name(), method.descriptor());
            List<String> ownNames = own == null ? null : own.parameterNames();
            List<Applied> applied = applicable(lineage, info, method);
            boolean constructor = "<init>".equals(method.name());
            boolean typeTracked = !typeInvariants.isEmpty() && !method.isStatic()
                    && (constructor || (method.access() & Opcodes.ACC_PUBLIC) != 0);
            if (applied.isEmpty() && !typeTracked) {
                continue;
            }
            if (applied.size() > MAX_PER_MEMBER) {
                applied = applied.subList(0, MAX_PER_MEMBER);
            }
            members.add(new MemberPlan(members.size(), method.name(), method.descriptor(), method.access(), applied,
                    typeTracked, ownNames, constructor && filledByFramework(method, own),
                    location(info, facts, method, own)));
        }
        if (members.isEmpty() && typeInvariants.isEmpty()) {
            return null;
        }
        return new ClassPlan(info, lineage, members, typeInvariants);
    }

    /**
     * The rule of docs/writing-invariants.md: a constructor a framework calls to fill the object in
     * leaves an object that is not yet the one user code sees, so no type invariant is judged after it.
     * Marked ones, and those JPA and Jackson call without a marker: non-public, without parameters.
     */
    private static boolean filledByFramework(ClassInfo.Method method, MethodFacts.Facts facts) {
        boolean marked = facts != null && facts.frameworkMarked();
        return marked || ("()V".equals(method.descriptor()) && (method.access() & Opcodes.ACC_PUBLIC) == 0);
    }

    /** {@code com.acme.Account.withdraw(Account.java:23)}: where a type invariant broke by this member points. */
    private static String location(ClassInfo info, MethodFacts facts, ClassInfo.Method method, MethodFacts.Facts own) {
        String binary = info.internalName.replace('/', '.');
        String file = facts.sourceFile();
        if (file == null) {
            String simple = binary.substring(binary.lastIndexOf('.') + 1);
            file = (simple.indexOf('$') < 0 ? simple : simple.substring(0, simple.indexOf('$'))) + ".java";
        }
        int line = own == null ? 0 : own.firstLine();
        return binary + "." + method.name() + "(" + file + (line > 0 ? ":" + line : "") + ")";
    }

    /** Bits 0..59 of the per-call state are the invariants; the top bits are the runtime's. */
    static final int MAX_PER_MEMBER = 60;

    private static List<Applied> applicable(List<ClassInfo> lineage, ClassInfo woven, ClassInfo.Method method) {
        List<Applied> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean inheritable = !method.isStatic() && !"<init>".equals(method.name())
                && (method.access() & Opcodes.ACC_PRIVATE) == 0;
        for (ClassInfo each : lineage) {
            if (each != woven && !inheritable) {
                break;
            }
            for (InvariantDefinition definition : definitions(each)) {
                if (definition.kind() == Kind.TYPE || !overrides(woven, method, definition)) {
                    continue;
                }
                if (each != woven && (definition.member().access() & Opcodes.ACC_PRIVATE) != 0) {
                    continue;
                }
                if (seen.add(key(definition))) {
                    result.add(new Applied(definition, each, definition.member().parameterNames(),
                            problems(each, definition)));
                }
            }
        }
        return result;
    }

    /**
     * Same name and descriptor; or, for a generic supertype method that the class implements
     * through a bridge, the one non-bridge method of the same name and arity.
     */
    private static boolean overrides(ClassInfo woven, ClassInfo.Method method, InvariantDefinition definition) {
        String name = definition.member().name();
        String descriptor = definition.member().descriptor();
        if (!name.equals(method.name())) {
            return false;
        }
        if (descriptor.equals(method.descriptor())) {
            return true;
        }
        int arity = Type.getArgumentTypes(descriptor).length;
        if (Type.getArgumentTypes(method.descriptor()).length != arity) {
            return false;
        }
        boolean bridged = woven.methods.stream().anyMatch(m -> (m.access() & Opcodes.ACC_BRIDGE) != 0
                && m.name().equals(name) && m.descriptor().equals(descriptor));
        long candidates = woven.methods.stream().filter(m -> (m.access() & NOT_WOVEN) == 0 && m.name().equals(name)
                && Type.getArgumentTypes(m.descriptor()).length == arity).count();
        return bridged && candidates == 1;
    }

    private static List<InvariantDefinition> definitions(ClassInfo info) {
        ClassInvariants invariants = info.invariants;
        return invariants == null ? List.of() : invariants.invariants();
    }

    private static List<DefinitionProblem> problems(ClassInfo info, InvariantDefinition definition) {
        return info.invariants.problems().stream().filter(p -> p.definition() == definition).toList();
    }

    private static String key(InvariantDefinition definition) {
        return definition.owner() + "#" + definition.id();
    }
}
