package dev.invariants.junit.internal.expr.types;

import net.bytebuddy.jar.asm.Opcodes;

/** A field as its class file declares it; its generic type is read on first use. */
public final class FieldSymbol extends MemberSymbol {

    private final Object constantValue;
    private volatile JavaType type;

    FieldSymbol(ClassSymbol owner, String name, String descriptor, String signature, int access, Object constantValue) {
        super(owner, name, descriptor, signature, access);
        this.constantValue = constantValue;
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
