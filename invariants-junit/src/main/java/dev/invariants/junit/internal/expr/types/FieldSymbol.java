package dev.invariants.junit.internal.expr.types;

import net.bytebuddy.jar.asm.Opcodes;

/** A field as its class file declares it; its generic type is read on first use. */
public final class FieldSymbol {

    private final ClassSymbol owner;
    private final String name;
    private final String descriptor;
    private final String signature;
    private final int access;
    private final Object constantValue;
    private volatile JavaType type;

    FieldSymbol(ClassSymbol owner, String name, String descriptor, String signature, int access, Object constantValue) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.signature = signature;
        this.access = access;
        this.constantValue = constantValue;
    }

    public ClassSymbol owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    public int access() {
        return access;
    }

    public boolean isStatic() {
        return (access & Opcodes.ACC_STATIC) != 0;
    }

    public boolean isFinal() {
        return (access & Opcodes.ACC_FINAL) != 0;
    }

    /**
     * The value of a {@code final} field initialized with a constant expression ({@code ConstantValue}):
     * {@code Integer} (also for {@code boolean}, {@code char}, {@code byte}, {@code short}), {@code Long},
     * {@code Float}, {@code Double} or {@code String}; {@code null} when the field is no constant variable.
     */
    public Object constantValue() {
        return isFinal() ? constantValue : null;
    }

    /** The declared type, generics included. */
    public JavaType type() {
        JavaType known = type;
        if (known == null) {
            String text = signature != null ? signature : descriptor;
            known = Signatures.fieldType(owner.model(), text, owner::typeVariable);
            type = known;
        }
        return known;
    }

    @Override
    public String toString() {
        return owner.displayName() + "." + name;
    }
}
