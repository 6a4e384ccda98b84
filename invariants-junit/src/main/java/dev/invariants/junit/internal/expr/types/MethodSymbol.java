package dev.invariants.junit.internal.expr.types;

import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * A method or constructor as its class file declares it; generic parameter and return types are read
 * on first use. {@link #parameterTypes()} are the source-level parameters: the enclosing instance a
 * constructor of an inner class takes, and the name and ordinal of an enum constructor, are left out.
 */
public final class MethodSymbol extends MemberSymbol {

    private volatile Generic generic;

    /** What the generic signature says. */
    private record Generic(List<TypeVar> typeParameters, List<JavaType> parameterTypes, JavaType returnType) {}

    MethodSymbol(ClassSymbol owner, String name, String descriptor, String signature, int access) {
        super(owner, name, descriptor, signature, access);
    }

    public boolean isAbstract() {
        return (access & Opcodes.ACC_ABSTRACT) != 0;
    }

    public boolean isVarargs() {
        return (access & Opcodes.ACC_VARARGS) != 0;
    }

    public boolean isPrivate() {
        return (access & Opcodes.ACC_PRIVATE) != 0;
    }

    public boolean isConstructor() {
        return name.equals("<init>");
    }

    public List<TypeVar> typeParameters() {
        return generic().typeParameters;
    }

    public List<JavaType> parameterTypes() {
        return generic().parameterTypes;
    }

    public JavaType returnType() {
        return generic().returnType;
    }

    /** The erased parameter types of the descriptor that {@link #parameterTypes()} leaves out at the front. */
    public int syntheticLeadingParameters() {
        return Type.getArgumentTypes(descriptor).length - parameterTypes().size();
    }

    private Generic generic() {
        Generic known = generic;
        if (known == null) {
            synchronized (this) {
                known = generic;
                if (known == null) {
                    known = read();
                    generic = known;
                }
            }
        }
        return known;
    }

    private Generic read() {
        TypeModel model = owner.model();
        List<JavaType> erased = new ArrayList<>();
        for (Type each : Type.getArgumentTypes(descriptor)) {
            erased.add(Signatures.fieldType(model, each.getDescriptor(), owner::typeVariable));
        }
        int synthetic = 0;
        if (isConstructor() && owner.isInner()) {
            synthetic = 1;
        } else if (isConstructor() && owner.isEnum() && erased.size() >= 2) {
            synthetic = 2;
        }
        if (signature == null) {
            JavaType returnType = Signatures.fieldType(model, Type.getReturnType(descriptor).getDescriptor(),
                    owner::typeVariable);
            return new Generic(List.of(), List.copyOf(erased.subList(Math.min(synthetic, erased.size()), erased.size())),
                    returnType);
        }
        Signatures.MethodSignature parsed = Signatures.method(model, signature, owner::typeVariable,
                owner.displayName() + "." + name);
        List<JavaType> parameters = parsed.parameterTypes();
        if (parameters.size() > erased.size() - synthetic) {
            // a signature never has more parameters than the source; keep the source-level tail.
            parameters = parameters.subList(parameters.size() - (erased.size() - synthetic), parameters.size());
        }
        return new Generic(parsed.typeParameters(), List.copyOf(parameters), parsed.returnType());
    }

    @Override
    public String toString() {
        return owner.displayName() + "." + name + descriptor;
    }
}
