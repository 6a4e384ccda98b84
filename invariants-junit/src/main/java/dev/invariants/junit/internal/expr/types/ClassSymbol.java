package dev.invariants.junit.internal.expr.types;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A class or interface, read from its class file on first use (not loaded): access, nest, member
 * types, fields, methods, and lazily its generic signature. One instance per internal name and
 * {@link TypeModel}, so symbols compare by identity. A class whose file cannot be read is
 * {@linkplain #exists() missing}: it has no members and {@code Object} as its superclass.
 */
public final class ClassSymbol {

    private final TypeModel model;
    private final String internalName;
    private volatile ClassData data;
    private volatile Generic generic;
    private volatile List<ClassSymbol> ancestors;
    private final Map<String, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the class file says, read once. */
    record ClassData(boolean exists, int access, String superName, List<String> interfaceNames, String signature,
            String nestHost, String outerName, String simpleName, int innerAccess, Map<String, String> memberTypes,
            List<FieldSymbol> fields, Map<String, List<MethodSymbol>> methods, Set<String> referencedTypes) {}

    /** What the generic signature says. */
    private record Generic(List<TypeVar> typeParameters, ClassType superclass, List<ClassType> interfaces) {}

    ClassSymbol(TypeModel model, String internalName) {
        this.model = model;
        this.internalName = internalName;
    }

    public TypeModel model() {
        return model;
    }

    public String internalName() {
        return internalName;
    }

    /** Whether the class file could be read. */
    public boolean exists() {
        return data().exists();
    }

    ClassData data() {
        ClassData known = data;
        if (known == null) {
            synchronized (this) {
                known = data;
                if (known == null) {
                    known = model.read(this);
                    data = known;
                }
            }
        }
        return known;
    }

    /** Access flags; for a member class, those of its declaration ({@code private}, {@code static} included). */
    public int access() {
        ClassData d = data();
        return d.simpleName() != null && d.outerName() != null ? d.innerAccess() : d.access();
    }

    public boolean isInterface() {
        return (data().access() & Opcodes.ACC_INTERFACE) != 0;
    }

    public boolean isEnum() {
        return (data().access() & Opcodes.ACC_ENUM) != 0;
    }

    public boolean isAbstract() {
        return (data().access() & Opcodes.ACC_ABSTRACT) != 0;
    }

    public boolean isPublic() {
        return (access() & Opcodes.ACC_PUBLIC) != 0;
    }

    public boolean isPrivate() {
        return (access() & Opcodes.ACC_PRIVATE) != 0;
    }

    /** Whether the class file itself is public, which is what the JVM checks. */
    public boolean isPublicInClassFile() {
        return (data().access() & Opcodes.ACC_PUBLIC) != 0;
    }

    /** A non-static member class: its instances have an enclosing instance. */
    public boolean isInner() {
        ClassData d = data();
        return d.outerName() != null && d.simpleName() != null && (d.innerAccess() & Opcodes.ACC_STATIC) == 0
                && (d.access() & Opcodes.ACC_INTERFACE) == 0 && (d.innerAccess() & Opcodes.ACC_ENUM) == 0;
    }

    public String superName() {
        return data().superName();
    }

    public List<String> interfaceNames() {
        return data().interfaceNames();
    }

    /** The internal name of the nest host: the class itself when it names none. */
    public String nestHost() {
        String host = data().nestHost();
        return host != null ? host : internalName;
    }

    /** The class this one is a member of, or {@code null}. */
    public String outerName() {
        return data().outerName();
    }

    /** Member types by simple name (declared here, not inherited). */
    public Map<String, String> memberTypes() {
        return data().memberTypes();
    }

    public List<FieldSymbol> fields() {
        return data().fields();
    }

    /** Methods and constructors ({@code <init>}) of that name declared here; bridges and synthetic ones left out. */
    public List<MethodSymbol> methods(String name) {
        return data().methods().getOrDefault(name, List.of());
    }

    public Map<String, List<MethodSymbol>> allMethods() {
        return data().methods();
    }

    /** The classes its constant pool and member descriptors refer to: the stand-in for its imports. */
    public Set<String> referencedTypes() {
        return data().referencedTypes();
    }

    public FieldSymbol field(String name) {
        for (FieldSymbol each : fields()) {
            if (each.name().equals(name)) {
                return each;
            }
        }
        return null;
    }

    public String packageName() {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    /** The simple name as source code writes it ({@code Entry} for {@code java/util/Map$Entry}). */
    public String simpleName() {
        ClassData d = data();
        if (d.simpleName() != null) {
            return d.simpleName();
        }
        String last = internalName.substring(internalName.lastIndexOf('/') + 1);
        return d.outerName() == null && d.exists() ? last : last.substring(last.lastIndexOf('$') + 1);
    }

    /** The name source code writes: {@code java.util.Map.Entry}. */
    public String displayName() {
        ClassData d = data();
        if (d.outerName() != null && d.simpleName() != null) {
            return model.symbol(d.outerName()).displayName() + "." + d.simpleName();
        }
        return internalName.replace('/', '.');
    }

    public List<TypeVar> typeParameters() {
        return generic().typeParameters;
    }

    /** The generic superclass; {@code null} for {@code Object} and for interfaces. */
    public ClassType superclass() {
        return generic().superclass;
    }

    public List<ClassType> interfaces() {
        return generic().interfaces;
    }

    /** The type with its own type variables as arguments ({@code Box<T>} inside {@code Box}). */
    public ClassType thisType() {
        return new ClassType(this, List.copyOf(typeParameters()));
    }

    /**
     * This class and all its supertypes, each once, nearest first: breadth first, the superclass before
     * the interfaces at each step; {@code Object} last.
     */
    public List<ClassSymbol> ancestors() {
        List<ClassSymbol> known = ancestors;
        if (known == null) {
            java.util.LinkedHashSet<ClassSymbol> seen = new java.util.LinkedHashSet<>();
            java.util.ArrayDeque<ClassSymbol> queue = new java.util.ArrayDeque<>();
            queue.add(this);
            ClassSymbol object = TypeModel.object();
            while (!queue.isEmpty()) {
                ClassSymbol current = queue.poll();
                if (current == object || !seen.add(current)) {
                    continue;
                }
                if (current.superName() != null) {
                    queue.add(model.symbol(current.superName()));
                }
                for (String each : current.interfaceNames()) {
                    queue.add(model.symbol(each));
                }
            }
            seen.add(object);
            known = List.copyOf(seen);
            ancestors = known;
        }
        return known;
    }

    /** What other classes of this package compute from the symbol, cached with it. */
    Map<String, Object> derived() {
        return derived;
    }

    /** Whether {@code other} is this class or one of its supertypes. */
    public boolean isSubclassOf(ClassSymbol other) {
        return ancestors().contains(other);
    }

    /** A type variable in scope in this class's signatures: its own, then an enclosing class's. */
    TypeVar typeVariable(String name) {
        for (TypeVar each : typeParameters()) {
            if (each.name().equals(name)) {
                return each;
            }
        }
        String outer = outerName();
        if (outer != null && (access() & Opcodes.ACC_STATIC) == 0) {
            return model.symbol(outer).typeVariable(name);
        }
        return null;
    }

    private Generic generic() {
        Generic known = generic;
        if (known == null) {
            synchronized (this) {
                known = generic;
                if (known == null) {
                    known = readGeneric();
                    generic = known;
                }
            }
        }
        return known;
    }

    private Generic readGeneric() {
        ClassData d = data();
        if (d.signature() != null) {
            Signatures.ClassSignature parsed = Signatures.type(model, d.signature(), this::outerVariable, displayName());
            ClassType superclass = d.superName() == null || isInterface() ? null : parsed.superclass();
            return new Generic(parsed.typeParameters(), superclass, parsed.interfaces());
        }
        ClassType superclass = d.superName() == null || isInterface() ? null : ClassType.of(model.symbol(d.superName()));
        List<ClassType> interfaces = d.interfaceNames().stream().map(n -> ClassType.of(model.symbol(n))).toList();
        return new Generic(List.of(), superclass, interfaces);
    }

    private TypeVar outerVariable(String name) {
        String outer = outerName();
        if (outer != null && (access() & Opcodes.ACC_STATIC) == 0) {
            return model.symbol(outer).typeVariable(name);
        }
        return null;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
