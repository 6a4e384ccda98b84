package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassSymbol;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Two questions about access. What may Java code in the declaring class use (JLS 6.6): that decides
 * whether an expression compiles. What may the generated class, a hidden nestmate of the woven class
 * in its package, use with a plain instruction (JVMS 5.4.4): that decides {@code direct}, the rest
 * going through the runtime's access bootstrap.
 */
final class Access {

    private final ClassSymbol declaring;
    private final ClassSymbol woven;

    Access(ClassSymbol declaring, ClassSymbol woven) {
        this.declaring = declaring;
        this.woven = woven;
    }

    // ---------------------------------------------------------------- the language, from the declaring class

    /**
     * Why Java code in the declaring class may not use a member of {@code owner} with {@code flags}, or
     * {@code null} when it may; {@code qualifier} is the type of the expression it is used on ({@code null}
     * for unqualified and static uses).
     */
    String memberDenied(int flags, ClassSymbol owner, String memberName, JavaType qualifier) {
        if ((flags & Opcodes.ACC_PUBLIC) != 0) {
            return null;
        }
        if ((flags & Opcodes.ACC_PRIVATE) != 0) {
            return topLevel(owner).equals(topLevel(declaring)) ? null
                    : memberName + " has private access in " + owner.displayName();
        }
        boolean samePackage = owner.packageName().equals(declaring.packageName());
        if (samePackage) {
            return null;
        }
        if ((flags & Opcodes.ACC_PROTECTED) != 0) {
            for (ClassSymbol current = declaring; current != null; current = enclosing(current)) {
                boolean subclass = current.isSubclassOf(owner);
                boolean viaThisKind = (flags & Opcodes.ACC_STATIC) != 0 || qualifier == null
                        || memberName.startsWith("<")
                        || Types.isSubtype(Types.erasure(qualifier), ClassType.of(current));
                if (subclass && viaThisKind) {
                    return null;
                }
            }
            return memberName + " has protected access in " + owner.displayName();
        }
        return memberName + " is not public in " + owner.displayName() + "; cannot be accessed from outside package";
    }

    /** Why the declaring class may not name {@code type}, or {@code null}. */
    String typeDenied(ClassSymbol type) {
        int flags = type.access();
        if ((flags & Opcodes.ACC_PUBLIC) != 0) {
            ClassSymbol outer = enclosing(type);
            return outer == null ? null : typeDenied(outer);
        }
        if ((flags & Opcodes.ACC_PRIVATE) != 0) {
            return topLevel(type).equals(topLevel(declaring)) ? null
                    : type.displayName() + " has private access in " + enclosing(type).displayName();
        }
        if (type.packageName().equals(declaring.packageName())) {
            return null;
        }
        if ((flags & Opcodes.ACC_PROTECTED) != 0 && enclosing(type) != null && declaring.isSubclassOf(enclosing(type))) {
            return null;
        }
        return type.displayName() + " is not public in " + type.packageName().replace('/', '.')
                + "; cannot be accessed from outside package";
    }

    private ClassSymbol enclosing(ClassSymbol symbol) {
        String outer = symbol.outerName();
        return outer == null ? null : symbol.model().symbol(outer);
    }

    /** The top-level class around a class: what private access is shared within (JLS 6.6.1). */
    private String topLevel(ClassSymbol symbol) {
        ClassSymbol current = symbol;
        for (int guard = 0; guard < 50 && current.outerName() != null; guard++) {
            current = current.model().symbol(current.outerName());
        }
        String host = symbol.nestHost();
        return host.equals(symbol.internalName()) ? current.internalName() : host;
    }

    // ---------------------------------------------------------------- the JVM, from the hidden nestmate of the woven class

    /** Whether the generated class may use a member of {@code declarer} with {@code flags} through {@code owner}. */
    boolean direct(int flags, ClassSymbol declarer, JavaType owner) {
        if (!classDirect(owner)) {
            return false;
        }
        if ((flags & Opcodes.ACC_PUBLIC) != 0) {
            return true;
        }
        if ((flags & Opcodes.ACC_PRIVATE) != 0) {
            return declarer.nestHost().equals(woven.nestHost());
        }
        return declarer.packageName().equals(woven.packageName());
    }

    /** Whether the generated class may name {@code type} in an instruction (JVM class access: public or same package). */
    boolean classDirect(JavaType type) {
        JavaType erased = Types.erasure(type);
        while (erased instanceof ArrayType a) {
            erased = a.component();
        }
        if (erased instanceof PrimitiveType) {
            return true;
        }
        ClassSymbol symbol = ((ClassType) erased).symbol();
        return symbol.isPublicInClassFile() || symbol.packageName().equals(woven.packageName());
    }
}
