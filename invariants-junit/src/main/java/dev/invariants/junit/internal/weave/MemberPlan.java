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
    /** Set by the weaver: a constructor that delegates to {@code this(...)} leaves the type check to the other one. */
    volatile boolean delegating;

    MemberPlan(int index, String name, String descriptor, int access, List<Applied> invariants, boolean typeTracked,
            List<String> ownParameterNames) {
        this.index = index;
        this.name = name;
        this.descriptor = descriptor;
        this.access = access;
        this.invariants = invariants;
        this.typeTracked = typeTracked;
        this.ownParameterNames = ownParameterNames;
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
