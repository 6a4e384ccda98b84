package dev.invariants.junit.internal.expr.tree;

/**
 * A resolved method or constructor.
 *
 * @param owner            internal name of the class or interface the call names (javac's "qualifying type")
 * @param name             its name, {@code <init>} for a constructor
 * @param descriptor       its erased descriptor as declared
 * @param invocation       how it is called
 * @param ownerIsInterface whether {@code owner} is an interface
 * @param direct           whether the generated class may call it with an ordinary invoke instruction;
 *                         when not, through the runtime's access bootstrap (see {@link FieldRef#direct})
 */
public record MethodRef(String owner, String name, String descriptor, Invocation invocation,
        boolean ownerIsInterface, boolean direct) {

    /** How a method is called. */
    public enum Invocation { STATIC, VIRTUAL, INTERFACE, SPECIAL }
}
