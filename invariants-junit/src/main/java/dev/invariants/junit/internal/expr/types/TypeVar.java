package dev.invariants.junit.internal.expr.types;

import java.util.List;

/**
 * A type variable of a class or method, or an inference variable of one generic call (JLS 18):
 * compared by identity. Bounds are set once after creation, because they may refer to the variable
 * itself ({@code T extends Comparable<T>}).
 */
public final class TypeVar implements JavaType {

    private final String name;
    private final String declarer;
    private final TypeVar origin;
    private volatile List<JavaType> bounds = List.of();
    private volatile JavaType lower;

    private TypeVar(String name, String declarer, TypeVar origin) {
        this.name = name;
        this.declarer = declarer;
        this.origin = origin;
    }

    /** A declared type variable; {@code declarer} names its class or method, for messages. */
    public static TypeVar declared(String name, String declarer) {
        return new TypeVar(name, declarer, null);
    }

    /** A fresh captured variable for a wildcard type argument (JLS 5.1.10); bounds and lower bound set by the caller. */
    public static TypeVar captured(Wildcard wildcard) {
        return new TypeVar("capture of " + wildcard, "capture", null);
    }

    /** A fresh inference variable standing for {@code origin} in one call. */
    public static TypeVar inference(TypeVar origin) {
        return new TypeVar(origin.name, origin.declarer, origin);
    }

    public String name() {
        return name;
    }

    /** The class or method that declares the variable ({@code java.util.stream.Stream.map}). */
    public String declarer() {
        return declarer;
    }

    public boolean isInference() {
        return origin != null;
    }

    /** For an inference variable, the type variable it stands for; otherwise {@code null}. */
    public TypeVar origin() {
        return origin;
    }

    /** Declared bounds; empty means {@code Object}. */
    public List<JavaType> bounds() {
        return bounds;
    }

    public void bounds(List<JavaType> value) {
        this.bounds = List.copyOf(value);
    }

    /** The lower bound of a captured {@code ? super} wildcard, else {@code null}. */
    public JavaType lower() {
        return lower;
    }

    public void lower(JavaType value) {
        this.lower = value;
    }

    @Override
    public String toString() {
        return name;
    }
}
