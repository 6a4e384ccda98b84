package dev.invariants.junit.internal.expr.emit;

import static dev.invariants.junit.internal.expr.emit.Trees.I;
import static dev.invariants.junit.internal.expr.emit.Trees.J;
import static dev.invariants.junit.internal.expr.emit.Trees.STRING;
import static dev.invariants.junit.internal.expr.emit.Trees.constant;
import static dev.invariants.junit.internal.expr.emit.Trees.parameter;
import static dev.invariants.junit.internal.expr.emit.Trees.self;
import static dev.invariants.junit.internal.expr.emit.Trees.var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.internal.expr.tree.FieldRef;
import dev.invariants.junit.internal.expr.tree.MethodRef;
import dev.invariants.junit.internal.expr.tree.MethodRef.Invocation;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import java.lang.invoke.MethodHandle;
import java.util.List;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ExpressionEmitter access to members out of the nest (MemberAccess)")
class MemberAccessEmitTests {

    private static final String BASE = Type.getInternalName(SecretBase.class);
    private final Variable self = self(SecretHolder.class);
    private final Variable other = parameter(1, Type.getType(SecretBase.class));

    private static FieldRef secret(boolean direct) {
        return new FieldRef(BASE, "secret", "I", false, direct);
    }

    @Test
    @DisplayName("should read a superclass's private field of this and of another instance")
    void privateField() throws Throwable {
        MethodHandle own = Emitted.value(SecretHolder.lookup(), new Typed.GetField(var(self), secret(false), I), self);
        MethodHandle others = Emitted.value(SecretHolder.lookup(), new Typed.GetField(var(other), secret(false), I),
                self, other);
        SecretHolder holder = new SecretHolder(3);
        assertThat((int) own.invoke(holder)).isEqualTo(holder.secretForTests());
        assertThat((int) others.invoke(holder, (SecretBase) new SecretHolder(-8))).isEqualTo(-8);
    }

    @Test
    @DisplayName("should need the bootstrap: the same read as a getfield is refused by the JVM")
    void directReadIsIllegal() {
        MethodHandle direct = Emitted.value(SecretHolder.lookup(), new Typed.GetField(var(self), secret(true), I), self);
        assertThatThrownBy(() -> direct.invoke(new SecretHolder(3))).isInstanceOf(IllegalAccessError.class);
    }

    @Test
    @DisplayName("should read a private static field and call private instance and static methods")
    void privateMethods() throws Throwable {
        MethodHandle motto = Emitted.value(SecretHolder.lookup(), new Typed.GetField(null,
                new FieldRef(BASE, "motto", "Ljava/lang/String;", true, false), STRING));
        MethodHandle whisper = Emitted.value(SecretHolder.lookup(), new Typed.Invoke(var(self),
                new MethodRef(BASE, "whisper", "(I)I", Invocation.VIRTUAL, false, false), List.of(constant(4, I)), I), self);
        MethodHandle special = Emitted.value(SecretHolder.lookup(), new Typed.Invoke(var(self),
                new MethodRef(BASE, "whisper", "(I)I", Invocation.SPECIAL, false, false), List.of(constant(5, I)), I), self);
        MethodHandle code = Emitted.value(SecretHolder.lookup(), new Typed.Invoke(null,
                new MethodRef(BASE, "code", "(J)J", Invocation.STATIC, false, false), List.of(constant(-1L, J)), J));
        SecretHolder holder = new SecretHolder(7);
        assertThat(motto.invoke()).isEqualTo(SecretBase.mottoForTests());
        assertThat((int) whisper.invoke(holder)).isEqualTo(holder.whisperForTests(4));
        assertThat((int) special.invoke(holder)).isEqualTo(holder.whisperForTests(5));
        assertThat((long) code.invoke()).isEqualTo(SecretBase.codeForTests(-1L));
    }

    @Test
    @DisplayName("should call a private constructor and a private generic method, casting its result")
    void constructorAndGenericMethod() throws Throwable {
        Typed created = new Typed.NewInstance(new MethodRef(BASE, "<init>", "(Ljava/lang/String;)V", Invocation.SPECIAL,
                false, false), List.of(constant("two", STRING)), Type.getType(SecretBase.class));
        MethodHandle construct = Emitted.value(SecretHolder.lookup(), new Typed.GetField(created, secret(false), I));
        Variable items = parameter(1, Type.getType(List.class));
        Typed picked = new Typed.Invoke(var(self), new MethodRef(BASE, "pick", "(Ljava/util/List;)Ljava/lang/Object;",
                Invocation.VIRTUAL, false, false), List.of(var(items)), STRING);
        MethodHandle length = Emitted.value(SecretHolder.lookup(), new Typed.Invoke(picked,
                new MethodRef("java/lang/String", "length", "()I", Invocation.VIRTUAL, false, true), List.of(), I),
                self, items);
        assertThat((int) construct.invoke()).isEqualTo(SecretBase.createForTests("two").secretForTests());
        assertThat((int) length.invoke(new SecretHolder(1), List.of("a", "bcd"))).isEqualTo("bcd".length());
    }

    @Test
    @DisplayName("should call super.m() without dispatch, and a nestmate's private method directly")
    void superCallAndPrivateNestmate() throws Throwable {
        MethodHandle superCall = Emitted.value(SecretHolder.lookup(), new Typed.Invoke(var(self),
                new MethodRef(BASE, "describe", "()Ljava/lang/String;", Invocation.SPECIAL, false, false), List.of(),
                STRING), self);
        SecretHolder holder = new SecretHolder(2);
        assertThat(superCall.invoke(holder)).isEqualTo(holder.superDescribeForTests()).isNotEqualTo(holder.describe());
        Variable host = parameter(0, Type.getType(Host.class));
        MethodHandle plusSecret = Emitted.value(Host.lookup(), new Typed.Invoke(var(host),
                new MethodRef(Type.getInternalName(Host.class), "plusSecret", "(I)I", Invocation.SPECIAL, false, true),
                List.of(constant(40, I)), I), host);
        assertThat((int) plusSecret.invoke(new Host("h", 2))).isEqualTo(42);
    }

    @Test
    @DisplayName("should throw NullPointerException for a null receiver, as Java does")
    void nullReceiver() {
        MethodHandle field = Emitted.value(SecretHolder.lookup(), new Typed.GetField(var(other), secret(false), I),
                self, other);
        MethodHandle method = Emitted.value(SecretHolder.lookup(), new Typed.Invoke(var(other),
                new MethodRef(BASE, "whisper", "(I)I", Invocation.VIRTUAL, false, false), List.of(constant(1, I)), I),
                self, other);
        SecretHolder holder = new SecretHolder(1);
        assertThatThrownBy(() -> field.invoke(holder, (SecretBase) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> method.invoke(holder, (SecretBase) null)).isInstanceOf(NullPointerException.class);
    }
}
