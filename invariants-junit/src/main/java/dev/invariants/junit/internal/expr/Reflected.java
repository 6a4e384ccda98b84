package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.TypeModel;
import dev.invariants.junit.internal.expr.types.Wildcard;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;

/** Reflected generic types as the compiler's types: {@code List<Line>} from a field or a parameter. */
final class Reflected {

    private Reflected() {}

    static JavaType type(TypeModel model, java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive()) {
                return PrimitiveType.ofKeyword(c.getName());
            }
            if (c.isArray()) {
                return new ArrayType(type(model, c.getComponentType()));
            }
            return ClassType.of(model.symbol(c.getName().replace('.', '/')));
        }
        if (type instanceof ParameterizedType p) {
            List<JavaType> arguments = new ArrayList<>();
            for (java.lang.reflect.Type each : p.getActualTypeArguments()) {
                arguments.add(type(model, each));
            }
            return new ClassType(model.symbol(((Class<?>) p.getRawType()).getName().replace('.', '/')), arguments);
        }
        if (type instanceof GenericArrayType g) {
            return new ArrayType(type(model, g.getGenericComponentType()));
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return new Wildcard(type(model, w.getLowerBounds()[0]), true);
            }
            java.lang.reflect.Type upper = w.getUpperBounds().length > 0 ? w.getUpperBounds()[0] : Object.class;
            return upper == Object.class ? Wildcard.UNBOUNDED
                    : new Wildcard(type(model, upper), false);
        }
        return type(model, erasure(type));
    }

    static Class<?> erasure(java.lang.reflect.Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return erasure(g.getGenericComponentType()).arrayType();
        }
        if (type instanceof TypeVariable<?> v) {
            return v.getBounds().length > 0 ? erasure(v.getBounds()[0]) : Object.class;
        }
        if (type instanceof WildcardType w) {
            return w.getUpperBounds().length > 0 ? erasure(w.getUpperBounds()[0]) : Object.class;
        }
        return Object.class;
    }
}
