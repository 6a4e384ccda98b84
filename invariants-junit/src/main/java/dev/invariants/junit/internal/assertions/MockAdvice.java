package dev.invariants.junit.internal.assertions;

import net.bytebuddy.asm.Advice;

/** Copied into Mockito's one funnel of mock and spy creation: records the type to mock. */
final class MockAdvice {

    private MockAdvice() {}

    @Advice.OnMethodEnter
    static void enter(@Advice.Argument(0) Class<?> typeToMock) {
        AssertionBridge.mockCreated(typeToMock);
    }
}
