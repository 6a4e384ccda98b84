package dev.invariants.junit.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-thread stacks of {@code old(...)} values, through the calls generated code makes. */
class ThreadStateTests {

    @Test
    @DisplayName("should give back primitives and references in reverse order, exactly, across nested calls")
    void lifo() {
        Object state = CheckSupport.suspend();
        try {
            // Outer call keeps a long, a double and a reference; a nested call keeps a float and a reference.
            CheckSupport.pushLong(state, Long.MIN_VALUE);
            CheckSupport.pushDouble(state, -0.0);
            CheckSupport.pushObject(state, "outer");
            for (int i = 0; i < 20; i++) { // past the initial capacity
                CheckSupport.pushFloat(state, Float.intBitsToFloat(0x7fc00001 + i)); // NaN with a payload
                CheckSupport.pushObject(state, i);
            }
            for (int i = 19; i >= 0; i--) {
                assertThat(CheckSupport.popObject(state)).isEqualTo(i);
                assertThat(Float.floatToRawIntBits(CheckSupport.popFloat(state))).isEqualTo(0x7fc00001 + i);
            }
            assertThat(CheckSupport.popObject(state)).isEqualTo("outer");
            assertThat(Double.doubleToRawLongBits(CheckSupport.popDouble(state))).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(CheckSupport.popLong(state)).isEqualTo(Long.MIN_VALUE);
        } finally {
            CheckSupport.resume(state);
        }
    }

    @Test
    @DisplayName("should drop the newest values of a call that threw and leave the older ones")
    void drop() {
        Object state = CheckSupport.suspend();
        try {
            CheckSupport.pushLong(state, 7);
            CheckSupport.pushObject(state, "kept");
            CheckSupport.pushLong(state, 8);
            CheckSupport.pushDouble(state, 9.5);
            CheckSupport.pushObject(state, "dropped");
            CheckSupport.drop(state, 2, 1);
            assertThat(CheckSupport.popObject(state)).isEqualTo("kept");
            assertThat(CheckSupport.popLong(state)).isEqualTo(7);
        } finally {
            CheckSupport.resume(state);
        }
    }

    @Test
    @DisplayName("should suspend checks once: an entry while suspended gets nothing to check")
    void suspension() {
        Object state = CheckSupport.suspend();
        try {
            assertThat(state).isNotNull();
            assertThat(CheckSupport.suspend()).isNull();
        } finally {
            CheckSupport.resume(state);
        }
        Object again = CheckSupport.suspend();
        assertThat(again).isSameAs(state);
        CheckSupport.resume(again);
    }
}
