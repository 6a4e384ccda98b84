package dev.invariants.junit.internal.weave;

import java.util.List;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * One woven method or constructor: the invariants that apply to it, and whether it takes part in
 * type-invariant checking (constructors and public instance methods of a class with type invariants).
 */
public final class MemberPlan {

    final int index;
    final String name;
    final String descriptor;
    final int access;
    final List<Applied> invariants;
    final boolean typeTracked;
    final List<String> ownParameterNames;
    final boolean filledByFramework;
    final String location;
    /** Set by the weaver: a constructor that delegates to {@code this(...)} leaves the type check to the other one. */
    volatile boolean delegating;

    MemberPlan(int index, String name, String descriptor, int access, List<Applied> invariants, boolean typeTracked,
            List<String> ownParameterNames, boolean filledByFramework, String location) {
        this.index = index;
        this.name = name;
        this.descriptor = descriptor;
        this.access = access;
        this.invariants = invariants;
        this.typeTracked = typeTracked;
        this.ownParameterNames = ownParameterNames;
        this.filledByFramework = filledByFramework;
        this.location = location;
    }

    /**
     * A constructor a framework calls before filling the object in (non-public without parameters, or
     * marked {@code @Invariant.FrameworkConstructor}): no type invariant is checked after it.
     */
    public boolean filledByFramework() {
        return filledByFramework;
    }

    /** {@code com.acme.Account.withdraw(Account.java:23)}, the member's first line in stack-trace form. */
    public String location() {
        return location;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public String descriptor() {
        return descriptor;
    }

    public List<Applied> invariants() {
        return invariants;
    }

    public boolean typeTracked() {
        return typeTracked;
    }

    public boolean delegating() {
        return delegating;
    }

    public boolean isConstructor() {
        return "<init>".equals(name);
    }

    public boolean isStatic() {
        return (access & Opcodes.ACC_STATIC) != 0;
    }

    public Type[] argumentTypes() {
        return Type.getArgumentTypes(descriptor);
    }

    public Type returnType() {
        return Type.getReturnType(descriptor);
    }

    /** Parameter names for expressions: those of the woven member itself, or {@code arg0...} when absent. */
    public List<String> ownParameterNames() {
        return ownParameterNames;
    }

    /** {@code withdraw(long)}: how messages name the call after which a type invariant failed. */
    public String displaySignature() {
        StringBuilder result = new StringBuilder(name).append('(');
        Type[] arguments = argumentTypes();
        for (int i = 0; i < arguments.length; i++) {
            String type = arguments[i].getClassName();
            result.append(i == 0 ? "" : ",").append(type.substring(type.lastIndexOf('.') + 1));
        }
        return result.append(')').toString();
    }
}
