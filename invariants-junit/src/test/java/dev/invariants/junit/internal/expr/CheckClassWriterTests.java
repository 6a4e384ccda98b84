package dev.invariants.junit.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.internal.expr.attr.Attributed;
import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.tree.Variable;
import dev.invariants.junit.internal.ledger.Recorder;
import dev.invariants.junit.internal.model.InvariantRegistry;
import dev.invariants.junit.internal.weave.TestPlans;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Kind;
import dev.invariants.junit.spi.Member;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The check methods as written for hand-made typed trees, defined and called directly: the bytecode
 * verifies, and the per-call state, the kept {@code old(...)} values and the outcomes behave as the call
 * sites rely on. For {@code static int next(int a)} with {@code pre = "a > 0"}, {@code post = "result == old(a) + 1"}.
 */
class CheckClassWriterTests {

    private static int invariant;
    private static MethodHandle entry;
    private static MethodHandle normalExit;
    private static MethodHandle exceptionalExit;

    @BeforeAll
    static void define() throws Exception {
        String owner = WriterSubject.class.getName();
        InvariantDefinition definition = new InvariantDefinition("writer-next", true, Kind.METHOD, owner,
                new Member("next", "(I)I", Opcodes.ACC_STATIC, List.of("int"), List.of("a"), 0), "WriterSubject.java",
                0, "a > 0", "result == old(a) + 1", List.of(), "");
        invariant = InvariantRegistry.register(definition);
        Variable a = new Variable(Variable.Kind.PARAMETER, 0, "a", Type.INT_TYPE);
        Variable result = new Variable(Variable.Kind.RESULT, 0, "result", Type.INT_TYPE);
        Variable old = new Variable(Variable.Kind.OLD, 0, "old(a)", Type.INT_TYPE);
        Typed pre = new Typed.Binary(Typed.BinaryOp.GREATER, new Typed.Var(a), new Typed.Constant(0, Type.INT_TYPE),
                Type.BOOLEAN_TYPE);
        Typed post = new Typed.Binary(Typed.BinaryOp.EQUAL, new Typed.Var(result), new Typed.Binary(Typed.BinaryOp.ADD,
                new Typed.Var(old), new Typed.Constant(1, Type.INT_TYPE), Type.INT_TYPE), Type.BOOLEAN_TYPE);
        Prepared prepared = new Prepared(invariant, 1L, List.of("a"), new Attributed(pre, List.of(), List.of(), false),
                new Attributed(post, List.of(new Attributed.Old("a", new Typed.Var(a))), List.of(), true), List.of(),
                List.of(new Prepared.Side(0, new Typed.Var(result), new Typed.Var(a))));
        Prepared.Member member = new Prepared.Member(
                TestPlans.member(0, "next", "(I)I", Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, false, List.of("a")),
                List.of(prepared), List.of());
        String woven = Type.getInternalName(WriterSubject.class);
        byte[] bytes = CheckClassWriter.write(woven, WriterSubject.class.getClassLoader(), List.of(member),
                new Prepared.Type(List.of(), List.of()), false, Set.of());
        MethodHandles.Lookup hidden = MethodHandles.privateLookupIn(WriterSubject.class, MethodHandles.lookup())
                .defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
        Class<?> checks = hidden.lookupClass();
        entry = hidden.findStatic(checks, "e0", MethodType.methodType(long.class, int.class));
        normalExit = hidden.findStatic(checks, "x0", MethodType.methodType(void.class, long.class, int.class, int.class));
        exceptionalExit = hidden.findStatic(checks, "t0",
                MethodType.methodType(void.class, long.class, Throwable.class, int.class));
    }

    @Test
    @DisplayName("should set the invariant's bit and the old bit when pre holds, and count a passing post")
    void passes() throws Throwable {
        long passed = Recorder.count(invariant, Recorder.PASSED);
        long state = (long) entry.invokeExact(5);
        assertThat(state).isEqualTo(1L | Convention.OLD_BIT);
        normalExit.invokeExact(state, 6, 5);
        assertThat(Recorder.count(invariant, Recorder.PASSED)).isEqualTo(passed + 1);
    }

    @Test
    @DisplayName("should return 0 and count a failed pre, keeping nothing")
    void preFails() throws Throwable {
        long failed = Recorder.count(invariant, Recorder.PRE_FAILED);
        long state = (long) entry.invokeExact(-1);
        assertThat(state).isZero();
        assertThat(Recorder.count(invariant, Recorder.PRE_FAILED)).isEqualTo(failed + 1);
        normalExit.invokeExact(state, 99, -1); // nothing to judge, nothing to pop
    }

    @Test
    @DisplayName("should give each nested call its own old value, and throw the violation with the values")
    void nested() throws Throwable {
        long outer = (long) entry.invokeExact(5);
        long inner = (long) entry.invokeExact(10);
        normalExit.invokeExact(inner, 11, 10);
        long violated = Recorder.count(invariant, Recorder.VIOLATED);
        assertThatThrownBy(() -> {
            normalExit.invokeExact(outer, 7, 5);
        }).isInstanceOf(InvariantViolationError.class)
                .hasMessageContaining("values:\n    a = [5]\n    result = [7]\n    old(a) = [5]");
        assertThat(Recorder.count(invariant, Recorder.VIOLATED)).isEqualTo(violated + 1);
    }

    @Test
    @DisplayName("should drop what a call that threw kept, so the enclosing call gets its own value back")
    void dropsOnThrow() throws Throwable {
        long threw = Recorder.count(invariant, Recorder.THREW);
        long passed = Recorder.count(invariant, Recorder.PASSED);
        long outer = (long) entry.invokeExact(5);
        long inner = (long) entry.invokeExact(3);
        exceptionalExit.invokeExact(inner, (Throwable) new IllegalStateException("boom"), 3);
        normalExit.invokeExact(outer, 6, 5);
        assertThat(Recorder.count(invariant, Recorder.THREW)).isEqualTo(threw + 1);
        assertThat(Recorder.count(invariant, Recorder.PASSED)).isEqualTo(passed + 1);
    }
}
