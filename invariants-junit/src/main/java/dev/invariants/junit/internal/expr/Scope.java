package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.weave.ClassInfo;
import dev.invariants.junit.internal.weave.Hierarchy;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The names an invariant's expressions may use besides parameters and {@code result}: the fields of
 * the declaring class and its supertypes (the nearest declaration wins, as in Java), and its methods,
 * which an unqualified call reaches through {@code this} or the class.
 */
final class Scope {

    private final Map<String, ClassInfo.Field> fields = new HashMap<>();
    private final Map<String, Boolean> methodsStatic = new HashMap<>();
    final String declaringSourceName;

    Scope(ClassLoader loader, ClassInfo declaring) {
        this.declaringSourceName = SourceTypes.ofInternalName(declaring.className().replace('.', '/'));
        ClassInfo current = declaring;
        while (current != null) {
            for (ClassInfo.Field field : current.fields()) {
                fields.putIfAbsent(field.name(), field);
            }
            String superName = current.superName();
            current = superName == null || superName.startsWith("java/") ? null
                    : Hierarchy.info(loader, superName).orElse(null);
        }
        for (ClassInfo type : Hierarchy.lineage(loader, declaring)) {
            for (ClassInfo.Field field : type.fields()) {
                if (field.isStatic()) {
                    fields.putIfAbsent(field.name(), field);
                }
            }
            for (ClassInfo.Method method : type.methods()) {
                if (!method.name().startsWith("<")) {
                    methodsStatic.putIfAbsent(method.name(), (method.access() & Opcodes.ACC_STATIC) != 0);
                }
            }
        }
    }

    ClassInfo.Field field(String name) {
        return fields.get(name);
    }

    /** {@code null} when no method of that name is declared, else whether it is static. */
    Boolean methodIsStatic(String name) {
        return methodsStatic.get(name);
    }
}
