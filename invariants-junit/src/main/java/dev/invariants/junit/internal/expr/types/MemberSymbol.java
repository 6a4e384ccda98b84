package dev.invariants.junit.internal.expr.types;

import net.bytebuddy.jar.asm.Opcodes;

/** What a field and a method of a class file have alike: owner, name, descriptor, generic signature, access flags. */
public abstract sealed class MemberSymbol permits FieldSymbol, MethodSymbol {

    final ClassSymbol owner;
    final String name;
    final String descriptor;
    /** The generic signature, or {@code null}. */
    final String signature;
    final int access;

    MemberSymbol(ClassSymbol owner, String name, String descriptor, String signature, int access) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.signature = signature;
        this.access = access;
    }

    public final ClassSymbol owner() {
        return owner;
    }

    public final String name() {
        return name;
    }

    public final String descriptor() {
        return descriptor;
    }

    public final int access() {
        return access;
    }

    public final boolean isStatic() {
        return (access & Opcodes.ACC_STATIC) != 0;
    }
}
