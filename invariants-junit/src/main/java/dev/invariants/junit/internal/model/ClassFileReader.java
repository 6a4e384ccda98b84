package dev.invariants.junit.internal.model;

import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Kind;
import dev.invariants.junit.spi.Member;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Reads the invariants a class file declares. The one place that turns annotations into
 * {@link InvariantDefinition}s, so the weaver and the scanner always agree on ids and locations.
 */
public final class ClassFileReader {

    private static final byte[] MARKER = "dev/invariants/Invariant".getBytes(StandardCharsets.UTF_8);

    private ClassFileReader() {}

    /**
     * Whether the class file's constant pool mentions {@code @Invariant} at all: a cheap test that
     * rules out almost every class before it is parsed.
     */
    public static boolean mentionsInvariant(byte[] classFile) {
        outer:
        for (int i = 0, last = classFile.length - MARKER.length; i <= last; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (classFile[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Reads every {@code @Invariant} of the class, in class-file order, with default ids assigned. */
    public static ClassInvariants read(byte[] classFile) {
        Collector collector = new Collector();
        new ClassReader(classFile).accept(collector, ClassReader.SKIP_FRAMES);
        return collector.result();
    }

    private static final class Collector extends ClassVisitor {
        private String className;
        private String superName;
        private List<String> interfaces = List.of();
        private int access;
        private String sourceFile;
        private String simpleName;
        private final List<RawInvariant> typeInvariants = new ArrayList<>();
        private final List<MemberCollector> members = new ArrayList<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int classAccess, String name, String signature, String superInternalName,
                String[] interfaceNames) {
            this.className = name.replace('/', '.');
            this.access = classAccess;
            this.superName = superInternalName == null ? null : superInternalName.replace('/', '.');
            this.interfaces = new ArrayList<>();
            for (String each : interfaceNames) {
                this.interfaces.add(each.replace('/', '.'));
            }
            String afterPackage = name.substring(name.lastIndexOf('/') + 1);
            this.simpleName = afterPackage.substring(afterPackage.lastIndexOf('$') + 1);
        }

        @Override
        public void visitSource(String source, String debug) {
            this.sourceFile = source;
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int innerAccess) {
            if (innerName != null && name.replace('/', '.').equals(className)) {
                simpleName = innerName;
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return InvariantAnnotationVisitor.forDescriptor(descriptor, typeInvariants);
        }

        @Override
        public MethodVisitor visitMethod(int methodAccess, String name, String descriptor, String signature,
                String[] exceptions) {
            MemberCollector member = new MemberCollector(methodAccess, name, descriptor);
            // javac copies annotations onto bridge methods; the real method carries the invariant.
            if ((methodAccess & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) == 0) {
                members.add(member);
            }
            return member;
        }

        ClassInvariants result() {
            List<InvariantDefinition> definitions = new ArrayList<>();
            List<DefinitionProblem> problems = new ArrayList<>();
            Map<String, Integer> counters = new HashMap<>();
            int typeLine = typeLine();
            for (RawInvariant raw : typeInvariants) {
                String defaultId = simpleName + "#" + counters.merge("", 1, Integer::sum);
                InvariantDefinition definition = define(raw, defaultId, Kind.TYPE, null, typeLine);
                definitions.add(definition);
                checkType(raw, definition, problems);
            }
            for (MemberCollector collected : members) {
                if (collected.invariants.isEmpty()) {
                    continue;
                }
                Member member = collected.toMember();
                Kind kind = member.isConstructor() ? Kind.CONSTRUCTOR : Kind.METHOD;
                for (RawInvariant raw : collected.invariants) {
                    String defaultId = simpleName + "." + member.name() + "#"
                            + counters.merge(member.name(), 1, Integer::sum);
                    InvariantDefinition definition = define(raw, defaultId, kind, member, member.firstLine());
                    definitions.add(definition);
                    checkMember(raw, definition, problems);
                }
            }
            checkDuplicateIds(definitions, problems);
            return new ClassInvariants(className, superName, interfaces, access, definitions, problems);
        }

        private InvariantDefinition define(RawInvariant raw, String defaultId, Kind kind, Member member, int line) {
            boolean explicit = !raw.id.isBlank();
            return new InvariantDefinition(explicit ? raw.id : defaultId, explicit, kind, className, member,
                    sourceFile, line, raw.pre, raw.post, raw.raises, raw.description);
        }

        /** The first constructor's first line: javac puts an implicit constructor on the class header. */
        private int typeLine() {
            for (MemberCollector member : members) {
                if ("<init>".equals(member.name) && member.firstLine() > 0) {
                    return member.firstLine();
                }
            }
            return members.stream().mapToInt(MemberCollector::firstLine).filter(l -> l > 0).min().orElse(0);
        }
    }

    private static void checkType(RawInvariant raw, InvariantDefinition definition, List<DefinitionProblem> problems) {
        if (raw.preWritten && !"true".equals(raw.pre.strip())) {
            problems.add(new DefinitionProblem(definition, "pre",
                    "a type invariant must hold after every call, so it takes no guard; move the condition into `post`"));
        }
        if (!raw.raises.isEmpty()) {
            problems.add(new DefinitionProblem(definition, "raises",
                    "a type invariant states what holds after every call and cannot list exceptions; "
                            + "declare `raises` on the method instead"));
        }
        if (raw.post.isBlank()) {
            problems.add(new DefinitionProblem(definition, "post", "a type invariant needs a `post` expression"));
        }
    }

    private static void checkMember(RawInvariant raw, InvariantDefinition definition, List<DefinitionProblem> problems) {
        if (raw.post.isBlank() && raw.raises.isEmpty()) {
            problems.add(new DefinitionProblem(definition, "post",
                    "a method or constructor invariant needs `post`, `raises`, or both"));
        }
        if ((definition.member().access() & Opcodes.ACC_NATIVE) != 0) {
            problems.add(new DefinitionProblem(definition, raw.post.isBlank() ? "raises" : "post",
                    "a native method has no bytecode to check; put the invariant on the Java method that calls it"));
        }
        if (raw.pre.isBlank()) {
            problems.add(new DefinitionProblem(definition, "pre",
                    "`pre` is empty; leave it out (it defaults to \"true\") or write a boolean expression"));
        }
    }

    /** Every declaration of an id used twice is at fault, each naming the others: neither is the "real" one. */
    private static void checkDuplicateIds(List<InvariantDefinition> definitions, List<DefinitionProblem> problems) {
        Map<String, List<InvariantDefinition>> byId = new LinkedHashMap<>();
        definitions.forEach(d -> byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d));
        for (List<InvariantDefinition> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (InvariantDefinition definition : same) {
                List<String> others = new ArrayList<>();
                same.stream().filter(d -> d != definition).forEach(d -> others.add(
                        d.location().equals(definition.location()) ? "this same member" : d.location()));
                problems.add(new DefinitionProblem(definition, "id", "the id [" + definition.id() + "] is declared "
                        + (same.size() == 2 ? "twice" : same.size() + " times") + " in " + definition.owner()
                        + ", here and on " + String.join(" and ", others) + "; ids must be unique in a code base"));
            }
        }
    }
}
