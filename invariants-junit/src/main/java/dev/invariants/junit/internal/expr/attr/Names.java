package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import dev.invariants.junit.internal.expr.tree.FieldRef;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.expr.types.ArrayType;
import dev.invariants.junit.internal.expr.types.ClassSymbol;
import dev.invariants.junit.internal.expr.types.ClassType;
import dev.invariants.junit.internal.expr.types.FieldMember;
import dev.invariants.junit.internal.expr.types.JavaType;
import dev.invariants.junit.internal.expr.types.Members;
import dev.invariants.junit.internal.expr.types.PrimitiveType;
import dev.invariants.junit.internal.expr.types.Types;
import java.util.List;
import net.bytebuddy.jar.asm.Type;

/**
 * Names (JLS 6.5): simple names as local, parameter, {@code result} or field; qualified names
 * reclassified left to right as expression, type or package; field reads; {@code this}.
 */
final class Names {

    /** What the qualifier of a qualified name turned out to be. */
    interface Qualifier {}

    record ValueQualifier(Value value) implements Qualifier {}

    record TypeQualifier(ClassType type) implements Qualifier {}

    record PackageQualifier(String dotted, Node node) implements Qualifier {}

    private final Attribution a;

    Names(Attribution attribution) {
        this.a = attribution;
    }

    Value name(Node.Name name, Env env) throws ExpressionError {
        Value value = variable(name, env);
        if (value != null) {
            return value;
        }
        throw notFound(name.identifier(), name);
    }

    private ExpressionError notFound(String identifier, Node node) {
        String hint = null;
        List<String> parameters = a.context.parameterNames();
        if (parameters != null && !parameters.isEmpty()) {
            hint = "the names in scope are the parameters " + parameters + ", the fields of "
                    + a.declaring.displayName() + (a.resultType != null && a.context.part() != Context.Part.PRE
                            ? " and result" : "");
        }
        return Errors.at(node, "cannot find symbol: variable " + identifier, hint);
    }

    /** A simple name as a variable (local, parameter, {@code result}, field), or {@code null} when it is none. */
    Value variable(Node.Name name, Env env) throws ExpressionError {
        String id = name.identifier();
        if (id.equals("super")) {
            throw Errors.at(name, "`super` is not supported in invariant expressions",
                    "call the method on this; an override is then called as Java would");
        }
        Value.Binding binding = env.lookup(id);
        if (binding != null) {
            return new Value(new Typed.Var(binding.variable()), binding.type());
        }
        if (env.inOld && env.outside != null && env.outside.lookup(id) != null) {
            throw Errors.at(name, "`old(...)` is evaluated on entry, where the "
                    + (env.outside.isLambdaParameter(id) ? "lambda parameter " : "pattern variable ") + id
                    + " does not exist", "move old(...) inside so that it does not use " + id
                            + ", or write old(...) around the whole expression");
        }
        List<String> parameters = a.context.parameterNames() == null ? List.of() : a.context.parameterNames();
        int index = a.context.part() == Context.Part.TYPE ? -1 : parameters.indexOf(id);
        if (index >= 0) {
            JavaType type = a.parameterTypes.get(index);
            Variable variable = new Variable(Variable.Kind.PARAMETER, index, id, Types.asm(type));
            return new Value(new Typed.Var(variable), type);
        }
        if (id.equals("result")) {
            Value result = result(name, env);
            if (result != null) {
                return result;
            }
        }
        return field(name, id);
    }

    private Value result(Node.Name name, Env env) throws ExpressionError {
        Context.Part part = a.context.part();
        boolean hasField = Members.field(a.thisType, "result") != null;
        if ((part == Context.Part.POST || part == Context.Part.VALUE) && a.resultType != null) {
            if (env.inOld) {
                throw Errors.at(name, "`result` inside `old(...)`: there is no result yet on entry",
                        "compare result with old(...) outside it, as in result == old(x) + 1");
            }
            return new Value(new Typed.Var(a.resultVariable()), a.resultType);
        }
        if (hasField) {
            return null;
        }
        switch (part) {
            case PRE -> throw Errors.at(name, "`result` is only available in `post`", null);
            case TYPE -> throw Errors.at(name,
                    "a type invariant has no `result`; it states what holds of `this` after every call", null);
            default -> {
                if ("<init>".equals(a.context.memberName())) {
                    throw Errors.at(name,
                            "`result` is not available: a constructor has no result; refer to the fields of `this`", null);
                }
                throw Errors.at(name, "`result` is not available: " + a.context.memberName() + " returns void", null);
            }
        }
    }

    /** A field of the declaring class (or a static one of a class around it) by simple name, or {@code null}. */
    private Value field(Node.Name name, String id) throws ExpressionError {
        FieldMember field = Members.field(a.thisType, id);
        if (field != null) {
            boolean isStatic = field.symbol().isStatic();
            if (!isStatic && a.context.isStatic()) {
                throw Errors.at(name, "non-static variable " + id + " cannot be referenced from a static context",
                        "a static method has no this; use a parameter or a static field");
            }
            denyField(field, null, name);
            Object constant = field.symbol().constantValue();
            if (constant != null) {
                return constant(field, constant);
            }
            Typed target = isStatic ? null : new Typed.Var(a.thisVariable());
            return read(target, a.thisType, field, true);
        }
        for (ClassSymbol outer = enclosing(a.declaring); outer != null; outer = enclosing(outer)) {
            FieldMember found = Members.field(outer.thisType(), id);
            if (found == null) {
                continue;
            }
            if (!found.symbol().isStatic()) {
                throw Errors.at(name, "non-static variable " + id + " of the enclosing " + outer.displayName()
                        + " cannot be used in an invariant expression", "make it reachable from " + a.declaring.simpleName());
            }
            denyField(found, null, name);
            Object constant = found.symbol().constantValue();
            return constant != null ? constant(found, constant) : read(null, outer.thisType(), found, false);
        }
        return null;
    }

    private ClassSymbol enclosing(ClassSymbol symbol) {
        return symbol.outerName() == null ? null : a.model.symbol(symbol.outerName());
    }

    private static Value constant(FieldMember field, Object value) {
        JavaType type = field.symbol().type();
        return new Value(new Typed.Constant(value, Types.asm(type)), type);
    }

    private void denyField(FieldMember field, JavaType qualifier, Node node) throws ExpressionError {
        String denied = a.access.memberDenied(field.symbol().access(), field.symbol().owner(), field.symbol().name(),
                qualifier);
        if (denied != null) {
            throw Errors.at(node, denied, null);
        }
    }

    /**
     * A read of {@code field} on {@code target} ({@code null}: static), cast to its type as a member of the site;
     * {@code shown}: a field of this object, or a static field named on its own, which violation messages show.
     */
    Value read(Typed target, JavaType site, FieldMember field, boolean ofThis) {
        ClassSymbol owner = field.symbol().owner();
        boolean isStatic = field.symbol().isStatic();
        FieldRef ref = new FieldRef(owner.internalName(), field.symbol().name(), field.symbol().descriptor(), isStatic,
                a.access.direct(field.symbol().access(), owner, ClassType.of(owner)));
        Typed receiver = isStatic || target == null ? null : Conversions.coerce(target, site, ClassType.of(owner));
        Typed code = new Typed.GetField(receiver, ref, Type.getType(field.symbol().descriptor()));
        JavaType type = field.type();
        Type erased = Types.asm(type);
        if (!erased.equals(code.type()) && erased.getSort() >= Type.ARRAY) {
            code = new Typed.Convert(Typed.Conversion.CHECKCAST, code, erased);
        }
        if (ofThis) {
            a.shown(field.symbol().name(), code);
        }
        return new Value(code, type);
    }

    Value self(Node.This self) throws ExpressionError {
        if (self.qualifier() != null) {
            JavaType type = a.typeNames.resolve(self.qualifier());
            if (!(type instanceof ClassType c) || c.symbol() != a.declaring) {
                throw Errors.at(self, "a qualified this (" + self.qualifier().name()
                        + ".this) is not supported in invariant expressions", "use the fields of this class");
            }
        }
        if (a.context.isStatic()) {
            throw Errors.at(self, "non-static variable this cannot be referenced from a static context", null);
        }
        return new Value(new Typed.Var(a.thisVariable()), a.thisType);
    }

    // ---------------------------------------------------------------- qualified names

    Value select(Node.Select select, Env env) throws ExpressionError {
        Qualifier qualifier = qualifier(select.target(), env);
        Qualifier result = member(qualifier, select, false);
        return ((ValueQualifier) result).value();
    }

    /** Classifies a qualifier: expression, type or package (JLS 6.5.2). */
    Qualifier qualifier(Node node, Env env) throws ExpressionError {
        if (node instanceof Node.Name name) {
            Value value = variable(name, env);
            if (value != null) {
                return new ValueQualifier(value);
            }
            if (a.typeVariable(name.identifier()) != null) {
                throw Errors.at(name, "cannot select from a type variable", null);
            }
            ClassSymbol type = a.typeNames.simple(name.identifier());
            if (type != null) {
                String denied = a.access.typeDenied(type);
                if (denied != null) {
                    throw Errors.at(name, denied, null);
                }
                return new TypeQualifier(ClassType.of(type));
            }
            return new PackageQualifier(name.identifier(), name);
        }
        if (node instanceof Node.Select select) {
            return member(qualifier(select.target(), env), select, true);
        }
        return new ValueQualifier(a.attribute(node, env));
    }

    /** The value or type a qualifier denotes, or the error saying why a package denotes none. */
    Qualifier typeOrValue(Qualifier qualifier) throws ExpressionError {
        if (qualifier instanceof PackageQualifier p) {
            throw packageError(p);
        }
        return qualifier;
    }

    ExpressionError packageError(PackageQualifier p) {
        int dot = p.dotted().lastIndexOf('.');
        if (dot < 0) {
            return notFound(p.dotted(), p.node());
        }
        return Errors.at(p.node(), a.typeNames.packageMissing(p.dotted().substring(0, dot), p.dotted().substring(dot + 1)),
                null);
    }

    private Qualifier member(Qualifier qualifier, Node.Select select, boolean typeAllowed) throws ExpressionError {
        String name = select.name();
        int start = select.nameStart();
        if (qualifier instanceof PackageQualifier p) {
            String internal = p.dotted().replace('.', '/') + "/" + name;
            ClassSymbol type = a.model.find(internal);
            if (type != null && typeAllowed) {
                String denied = a.access.typeDenied(type);
                if (denied != null) {
                    throw Errors.at(select, denied, null);
                }
                return new TypeQualifier(ClassType.of(type));
            }
            if (!typeAllowed) {
                throw packageError(p);
            }
            return new PackageQualifier(p.dotted() + "." + name, select);
        }
        if (qualifier instanceof TypeQualifier t) {
            FieldMember field = Members.field(t.type(), name);
            if (field != null) {
                if (!field.symbol().isStatic()) {
                    throw Errors.at(start, select.end(), "non-static variable " + name
                            + " cannot be referenced from a static context", "read it on an instance of "
                                    + t.type().symbol().simpleName());
                }
                denyField(field, null, select);
                Object constant = field.symbol().constantValue();
                return new ValueQualifier(constant != null ? constant(field, constant) : read(null, t.type(), field, false));
            }
            ClassSymbol member = Members.memberType(t.type().symbol(), name);
            if (member != null && member.exists() && typeAllowed) {
                String denied = a.access.typeDenied(member);
                if (denied != null) {
                    throw Errors.at(select, denied, null);
                }
                return new TypeQualifier(ClassType.of(member));
            }
            if (name.equals("length") || name.equals("this") || name.equals("class")) {
                throw Errors.at(start, select.end(), "cannot find symbol: variable " + name + " in "
                        + t.type().symbol().displayName(), null);
            }
            throw Errors.at(start, select.end(), "cannot find symbol: variable " + name + " in class "
                    + t.type().symbol().displayName(), null);
        }
        Value target = ((ValueQualifier) qualifier).value();
        return new ValueQualifier(fieldOf(target, select));
    }

    /** {@code target.name}: {@code length} of an array, or a field. */
    private Value fieldOf(Value target, Node.Select select) throws ExpressionError {
        String name = select.name();
        JavaType type = target.type();
        if (target.isVoid()) {
            throw Errors.at(select.target(), "void cannot be dereferenced", null);
        }
        if (type instanceof PrimitiveType p) {
            throw Errors.at(select.target(), p + " cannot be dereferenced",
                    "a " + p + " has no fields; compare or compute with it directly");
        }
        JavaType upper = Types.upperBound(type);
        if (upper instanceof ArrayType && name.equals("length")) {
            return new Value(new Typed.ArrayLength(Conversions.coerce(target.code(), type, upper)), PrimitiveType.INT);
        }
        FieldMember field = Members.field(type, name);
        if (field == null) {
            throw Errors.at(select.nameStart(), select.end(), "cannot find symbol: variable " + name + " in "
                    + Errors.name(type), target.code() instanceof Typed.Var v && v.variable().kind() == Variable.Kind.THIS
                            ? "the fields of " + a.declaring.displayName() + " are read as this.name or name"
                            : null);
        }
        denyField(field, type, select);
        if (field.symbol().isStatic()) {
            Object constant = field.symbol().constantValue();
            return constant != null ? constant(field, constant) : read(null, type, field, false);
        }
        boolean ofThis = target.code() instanceof Typed.Var v && v.variable().kind() == Variable.Kind.THIS;
        return read(target.code(), type, field, ofThis);
    }
}
