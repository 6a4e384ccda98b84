package dev.invariants.property.internal.pre;

/**
 * One requirement the precondition puts on one parameter. {@code bound} is an expression evaluated
 * in each try (it may read other parameters and the receiver's fields).
 */
public record Constraint(String parameter, Kind kind, String operator, Bound bound, String constant) {

    public enum Kind { NON_NULL, NULL, VALUE, LENGTH, ENUM_IS, ENUM_IS_NOT }

    static Constraint nonNull(String parameter) {
        return new Constraint(parameter, Kind.NON_NULL, "", null, "");
    }

    static Constraint isNull(String parameter) {
        return new Constraint(parameter, Kind.NULL, "", null, "");
    }

    static Constraint compare(String parameter, Kind kind, String operator, Bound bound) {
        return new Constraint(parameter, kind, operator, bound, "");
    }

    static Constraint constant(String parameter, boolean is, String constant) {
        return new Constraint(parameter, is ? Kind.ENUM_IS : Kind.ENUM_IS_NOT, "", null, constant);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NON_NULL -> parameter + " != null";
            case NULL -> parameter + " == null";
            case VALUE -> parameter + " " + operator + " " + bound;
            case LENGTH -> "length(" + parameter + ") " + operator + " " + bound;
            case ENUM_IS -> parameter + " == " + constant;
            case ENUM_IS_NOT -> parameter + " != " + constant;
        };
    }
}
