package dev.invariants.junit.internal.expr.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/** Reads what attribution needs of a class file: a {@link ClassSymbol}'s data. */
final class SymbolReader extends ClassVisitor {

    private static final int CONSTANT_CLASS = 7;

    private final ClassSymbol symbol;
    private int access;
    private String superName;
    private List<String> interfaces = List.of();
    private String signature;
    private String nestHost;
    private String outerName;
    private String simpleName;
    private int innerAccess;
    private final Map<String, String> memberTypes = new HashMap<>();
    private final List<FieldSymbol> fields = new ArrayList<>();
    private final Map<String, List<MethodSymbol>> methods = new HashMap<>();
    private final Set<String> referenced;

    private SymbolReader(ClassSymbol symbol, boolean keepReferences) {
        super(Opcodes.ASM9);
        this.symbol = symbol;
        this.referenced = keepReferences ? new LinkedHashSet<>() : null;
    }

    static ClassSymbol.ClassData read(ClassSymbol symbol, byte[] bytes, boolean keepReferences) {
        ClassReader reader = new ClassReader(bytes);
        SymbolReader visitor = new SymbolReader(symbol, keepReferences);
        if (keepReferences) {
            visitor.constantPoolClasses(reader);
        }
        reader.accept(visitor, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        Map<String, List<MethodSymbol>> methods = new HashMap<>();
        visitor.methods.forEach((name, list) -> methods.put(name, List.copyOf(list)));
        return new ClassSymbol.ClassData(true, visitor.access, visitor.superName, visitor.interfaces, visitor.signature,
                visitor.nestHost, visitor.outerName, visitor.simpleName, visitor.innerAccess, Map.copyOf(visitor.memberTypes),
                List.copyOf(visitor.fields), Map.copyOf(methods),
                keepReferences ? Set.copyOf(visitor.referenced) : Set.of());
    }

    private void constantPoolClasses(ClassReader reader) {
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_CLASS) {
                reference(reader.readUTF8(offset, buffer));
            }
        }
    }

    private void reference(String nameOrDescriptor) {
        if (referenced == null) {
            return;
        }
        String name = nameOrDescriptor;
        if (name.startsWith("[") || (name.startsWith("L") && name.endsWith(";"))) {
            Type type = Type.getType(name);
            while (type.getSort() == Type.ARRAY) {
                type = type.getElementType();
            }
            if (type.getSort() != Type.OBJECT) {
                return;
            }
            name = type.getInternalName();
        } else if (name.length() == 1) {
            return;
        }
        referenced.add(name);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.access = access;
        this.superName = superName;
        this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
        this.signature = signature;
    }

    @Override
    public void visitNestHost(String host) {
        this.nestHost = host;
    }

    @Override
    public void visitInnerClass(String name, String outer, String inner, int flags) {
        if (name.equals(symbol.internalName())) {
            outerName = outer;
            simpleName = inner;
            innerAccess = flags;
        } else if (symbol.internalName().equals(outer) && inner != null) {
            memberTypes.put(inner, name);
        }
    }

    @Override
    public FieldVisitor visitField(int flags, String name, String descriptor, String fieldSignature, Object value) {
        if ((flags & Opcodes.ACC_SYNTHETIC) == 0) {
            fields.add(new FieldSymbol(symbol, name, descriptor, fieldSignature, flags, value));
            reference(descriptor);
        }
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int flags, String name, String descriptor, String methodSignature,
            String[] exceptions) {
        if ((flags & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0 || name.equals("<clinit>")) {
            return null;
        }
        methods.computeIfAbsent(name, n -> new ArrayList<>())
                .add(new MethodSymbol(symbol, name, descriptor, methodSignature, flags));
        if (referenced != null) {
            Type method = Type.getMethodType(descriptor);
            reference(method.getReturnType().getDescriptor());
            for (Type argument : method.getArgumentTypes()) {
                reference(argument.getDescriptor());
            }
        }
        return null;
    }
}
