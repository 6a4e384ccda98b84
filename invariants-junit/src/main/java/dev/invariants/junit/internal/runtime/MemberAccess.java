package dev.invariants.junit.internal.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * The bootstrap of generated code's reads and calls of members it may not reach with an ordinary
 * instruction, although Java code in the class that declares the invariant could: a private field or
 * method of a superclass (outside the woven class's nest), a protected member of another package.
 * The call site's type is the instruction's: a receiver first for instance members, then the
 * arguments; its return type the member's erased type.
 */
public final class MemberAccess {

    /** {@code kind} of a field read. */
    public static final String GETFIELD = "getfield";
    /** {@code kind} of a static field read. */
    public static final String GETSTATIC = "getstatic";
    /** {@code kind} of a virtual (or private instance) method call. */
    public static final String VIRTUAL = "virtual";
    /** {@code kind} of an interface method call. */
    public static final String INTERFACE = "interface";
    /**
     * {@code kind} of an {@code invokespecial}: a private method of the owner, or {@code super.m()} (a
     * method of a superclass of the woven class, called without dispatch).
     */
    public static final String SPECIAL = "special";
    /** {@code kind} of a static method call. */
    public static final String STATIC = "static";
    /** {@code kind} of a constructor call: the call site's name is not used, its return type is the class. */
    public static final String NEW = "new";

    private MemberAccess() {}

    /**
     * Links one call site.
     *
     * @param caller the generated class
     * @param name   the member's name
     * @param type   the call site's type
     * @param kind   one of the constants above
     * @param owner  the binary name of the class that declares the member
     */
    public static CallSite bootstrap(MethodHandles.Lookup caller, String name, MethodType type, String kind, String owner)
            throws ReflectiveOperationException {
        Class<?> declaring = Class.forName(owner, false, caller.lookupClass().getClassLoader());
        MethodHandles.Lookup access = MethodHandles.privateLookupIn(declaring, MethodHandles.lookup());
        MethodHandle target = switch (kind) {
            case GETFIELD -> access.findGetter(declaring, name, type.returnType());
            case GETSTATIC -> access.findStaticGetter(declaring, name, type.returnType());
            // A private method found by findVirtual is invoked without dispatch, as invokespecial would.
            case VIRTUAL, INTERFACE -> access.findVirtual(declaring, name, type.dropParameterTypes(0, 1));
            case SPECIAL -> special(caller, declaring, access, name, type.dropParameterTypes(0, 1));
            case STATIC -> access.findStatic(declaring, name, type);
            case NEW -> access.findConstructor(declaring, type.changeReturnType(void.class));
            default -> throw new IllegalArgumentException("unknown member access kind " + kind);
        };
        // The receiver may be typed as a subclass (this of the woven class) or, erased, as Object.
        return new ConstantCallSite(target.asType(type));
    }

    private static MethodHandle special(MethodHandles.Lookup caller, Class<?> declaring, MethodHandles.Lookup access,
            String name, MethodType type) throws ReflectiveOperationException {
        if (isPrivate(declaring, name, type)) {
            return access.findVirtual(declaring, name, type);
        }
        // super.m() in the woven class: the generated class is its nestmate, so its nest host is the caller Java
        // code would have been.
        Class<?> woven = caller.lookupClass().getNestHost();
        return MethodHandles.privateLookupIn(woven, MethodHandles.lookup()).findSpecial(declaring, name, type, woven);
    }

    /** Whether the method {@code declaring} resolves to (its own, or the nearest superclass's) is private. */
    private static boolean isPrivate(Class<?> declaring, String name, MethodType type) {
        for (Class<?> each = declaring; each != null; each = each.getSuperclass()) {
            try {
                Method method = each.getDeclaredMethod(name, type.parameterArray());
                return Modifier.isPrivate(method.getModifiers());
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return false;
    }
}
