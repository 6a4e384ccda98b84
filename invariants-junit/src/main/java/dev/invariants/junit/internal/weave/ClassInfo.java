package dev.invariants.junit.internal.weave;

import dev.invariants.junit.internal.model.ClassFileReader;
import dev.invariants.junit.internal.model.ClassInvariants;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * What weaving and expression compiling need to know of one class file, read without loading the
 * class: supertypes, fields, methods, the types it refers to (our stand-in for its imports) and its
 * invariants.
 */
public final class ClassInfo {

    /** A field as declared. */
    public record Field(String name, String descriptor, String signature, boolean isStatic, String owner) {}

    /** A method as declared; {@code signature} is its generic signature, {@code null} when it has none. */
    public record Method(String name, String descriptor, int access, String signature) {
        boolean isStatic() {
            return (access & Opcodes.ACC_STATIC) != 0;
        }
    }

    final String internalName;
    final String superName;
    final List<String> interfaces;
    final int access;
    final List<Field> fields = new ArrayList<>();
    final List<Method> methods = new ArrayList<>();
    final Set<String> referencedTypes = new LinkedHashSet<>();
    final ClassInvariants invariants;

    private ClassInfo(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        this.internalName = reader.getClassName();
        this.superName = reader.getSuperName();
        this.interfaces = List.of(reader.getInterfaces());
        this.access = reader.getAccess();
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset > 0 && reader.readByte(offset - 1) == 7) {
                addType(reader.readUTF8(offset, buffer));
            }
        }
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int fieldAccess, String name, String descriptor, String signature,
                    Object value) {
                fields.add(new Field(name, descriptor, signature, (fieldAccess & Opcodes.ACC_STATIC) != 0,
                        internalName));
                addType(descriptor);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int methodAccess, String name, String descriptor, String signature,
                    String[] exceptions) {
                methods.add(new Method(name, descriptor, methodAccess, signature));
                Type method = Type.getMethodType(descriptor);
                addType(method.getReturnType().getDescriptor());
                for (Type argument : method.getArgumentTypes()) {
                    addType(argument.getDescriptor());
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        this.invariants = ClassFileReader.mentionsInvariant(bytes) ? ClassFileReader.read(bytes) : null;
    }

    static ClassInfo read(byte[] bytes) {
        return new ClassInfo(bytes);
    }

    private void addType(String nameOrDescriptor) {
        String name = nameOrDescriptor;
        if (name.startsWith("[") || name.endsWith(";")) {
            Type type = Type.getType(name.startsWith("[") || name.startsWith("L") ? name : "L" + name + ";");
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
        referencedTypes.add(name);
    }

    boolean declaresInvariants() {
        return invariants != null && invariants.declaresAny();
    }

    boolean isInterface() {
        return (access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** The binary name, e.g. {@code com.acme.Outer$Inner}. */
    public String className() {
        return internalName.replace('/', '.');
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Method> methods() {
        return methods;
    }

    public Set<String> referencedTypes() {
        return referencedTypes;
    }

    public String superName() {
        return superName;
    }

    public List<String> interfaces() {
        return interfaces;
    }

    public ClassInvariants invariants() {
        return invariants;
    }
}
