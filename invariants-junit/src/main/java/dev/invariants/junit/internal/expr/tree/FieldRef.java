package dev.invariants.junit.internal.expr.tree;

/**
 * A resolved field.
 *
 * @param owner      internal name of the class that declares it
 * @param name       its name
 * @param descriptor its erased descriptor
 * @param isStatic   whether it is static
 * @param direct     whether the generated class (a hidden nestmate of the woven class, in its package)
 *                   may read it with {@code getfield}/{@code getstatic}; when not (a private field of a
 *                   class outside the woven class's nest, a protected field of another package), the
 *                   emitter reads it through the runtime's access bootstrap, as Java code in the
 *                   declaring class could
 */
public record FieldRef(String owner, String name, String descriptor, boolean isStatic, boolean direct) {}
