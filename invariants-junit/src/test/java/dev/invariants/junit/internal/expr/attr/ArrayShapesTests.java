package dev.invariants.junit.internal.expr.attr;

import static dev.invariants.junit.internal.expr.attr.Shaped.error;
import static dev.invariants.junit.internal.expr.attr.Shaped.run;
import static dev.invariants.junit.internal.expr.attr.Shaped.runWith;
import static dev.invariants.junit.internal.expr.attr.Shaped.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.junit.internal.expr.tree.Typed;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Array access, array creation and class literals attributed end to end (JLS 15.10, 15.13, 15.8.2); expected
 * values are Java's own, from the same parameter values.
 */
@DisplayName("ArrayShapes")
class ArrayShapesTests {

    private static int i = (Integer) Shaped.VALUES.get(0);
    private static Integer boxed = (Integer) Shaped.VALUES.get(2);
    private static String s = (String) Shaped.VALUES.get(5);
    private static byte by = (Byte) Shaped.VALUES.get(11);
    private static char c = (Character) Shaped.VALUES.get(13);

    private static void assertError(String text, String message, String at) {
        ShapesTests.assertError(text, message, text.indexOf(at), text.indexOf(at) + at.length());
    }

    @Nested
    @DisplayName("array index")
    class Index {

        @Test
        @DisplayName("should read a component, promoting the index to int")
        void read() throws Throwable {
            assertThat(typed("arr[1]")).isInstanceOf(Typed.ArrayGet.class).extracting(Typed::type)
                    .isEqualTo(Type.INT_TYPE);
            int[] arr = Shaped.arr();
            assertThat(run("arr[1]")).isEqualTo(arr[1]);
            assertThat(run("arr[c - 'x']")).isEqualTo(arr[c - 'x']);
            assertThat(run("arr[by + 4]")).isEqualTo(arr[by + 4]);
            assertThat(runWith("arr[boxed]", "boxed", 2)).isEqualTo(arr[2]);
            assertThatThrownBy(() -> run("arr[boxed]")).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        }

        @Test
        @DisplayName("should type a component of T[] as T, erased to T's bound")
        void generic() throws Throwable {
            assertThat(typed("ts[0]").type()).isEqualTo(Type.getType(CharSequence.class));
            assertThat(run("ts[1].length()")).isEqualTo("vv".length());
            assertThat(run("objects[1]")).isEqualTo("two");
        }

        @Test
        @DisplayName("should reject an index that is not an int after promotion, with javac's words")
        void badIndex() {
            assertError("arr[l]", "incompatible types: possible lossy conversion from long to int", "l");
            assertThat(error("arr[l]").hint()).isEqualTo("cast it: (int) l");
            assertThat(error("arr[l + 1]").hint()).isEqualTo("cast it: (int) (l + 1)");
            assertError("arr[d]", "incompatible types: possible lossy conversion from double to int", "d");
            assertError("arr[big]", "incompatible types: java.lang.Long cannot be converted to int", "big");
            assertError("arr[b]", "incompatible types: boolean cannot be converted to int", "b");
            assertError("arr[s]", "incompatible types: java.lang.String cannot be converted to int", "s");
        }

        @Test
        @DisplayName("should reject indexing what is not an array, under it")
        void notArray() {
            assertError("i[0]", "array required, but int found", "i");
            assertError("list[0]", "array required, but java.util.List<java.lang.String> found", "list");
        }
    }

    @Nested
    @DisplayName("class literal")
    class ClassLiteral {

        @Test
        @DisplayName("should name primitive, array and void classes")
        void literals() throws Throwable {
            assertThat(typed("int.class")).isEqualTo(new Typed.ClassLiteral(Type.INT_TYPE));
            assertThat(typed("String[].class")).isEqualTo(new Typed.ClassLiteral(Type.getType(String[].class)));
            assertThat(typed("void.class")).isEqualTo(new Typed.ClassLiteral(Type.VOID_TYPE));
            assertThat(run("int.class")).isSameAs(int.class);
            assertThat(run("String[].class")).isSameAs(String[].class);
            assertThat(run("void.class")).isSameAs(void.class);
            assertThat(run("java.util.Map.Entry.class")).isSameAs(java.util.Map.Entry.class);
        }

        @Test
        @DisplayName("should type T.class as Class<T>, a primitive's as Class of its wrapper")
        void classType() throws Throwable {
            assertThat(run("String.class.cast(o).length()")).isEqualTo("text".length());
            Typed sum = Shaped.typed("int.class.cast(o) + 1");
            assertThat(sum).isInstanceOf(Typed.Binary.class).extracting(Typed::type).isEqualTo(Type.INT_TYPE);
        }

        @Test
        @DisplayName("should reject a class literal of a type variable")
        void typeVariable() {
            assertError("T.class", "cannot select from a type variable", "T.class");
            assertError("T[].class", "cannot select from a type variable", "T[].class");
        }
    }

    @Nested
    @DisplayName("array creation")
    class NewArray {

        @Test
        @DisplayName("should create sized arrays, each dimension promoted to int")
        void sized() throws Throwable {
            Typed.NewArray two = (Typed.NewArray) typed("new int[2][c]");
            assertThat(two.type()).isEqualTo(Type.getType(int[][].class));
            assertThat(two.dimensions()).hasSize(2);
            assertThat(((Typed.NewArray) typed("new int[2][]")).dimensions()).hasSize(1);
            assertThat(run("new int[2][3][1].length")).isEqualTo(new int[2][3][1].length);
            assertThat(run("new String[by + 5].length")).isEqualTo(new String[by + 5].length);
            assertThat(run("new java.util.List<?>[2].length")).isEqualTo(2);
        }

        @Test
        @DisplayName("should convert each element of an initializer as an assignment does")
        void initializer() throws Throwable {
            Typed.NewArray bytes = (Typed.NewArray) typed("new byte[] {1, -2}");
            assertThat(bytes.elements()).containsExactly(new Typed.Constant(1, Type.BYTE_TYPE),
                    new Typed.Constant(-2, Type.BYTE_TYPE));
            assertThat(run("new long[] {i, by, c}[2]")).isEqualTo(new long[] {i, by, c}[2]);
            assertThat(run("new Object[] {s, i}[1]")).isEqualTo(new Object[] {s, i}[1]);
            assertThat(run("new Integer[] {1, boxed}[1]")).isEqualTo(boxed);
            assertThat(run("new int[][] {{1, 2}, {3}, {}}[1][0]")).isEqualTo(new int[][] {{1, 2}, {3}, {}}[1][0]);
            assertThat(run("new java.util.function.IntPredicate[] {x -> x > 0}[0].test(i)")).isEqualTo(i > 0);
        }

        @Test
        @DisplayName("should reject an element that does not convert, under it, with javac's words")
        void badElement() {
            assertError("new byte[] {1, 200}", "incompatible types: possible lossy conversion from int to byte", "200");
            assertError("new int[] {1L}", "incompatible types: possible lossy conversion from long to int", "1L");
            assertThat(error("new int[] {i, l * 2}").hint()).isEqualTo("cast it: (int) (l * 2)");
            assertError("new Integer[] {1L}", "incompatible types: long cannot be converted to java.lang.Integer", "1L");
            assertError("new int[] {s}", "incompatible types: java.lang.String cannot be converted to int", "s");
            assertError("new int[][] {{1}, 2}", "incompatible types: int cannot be converted to int[]", "2");
            assertError("new int[][] {{1L}}", "incompatible types: possible lossy conversion from long to int", "1L");
        }

        @Test
        @DisplayName("should reject a dimension that is not an int after promotion")
        void badDimension() {
            assertError("new int[l]", "incompatible types: possible lossy conversion from long to int", "l");
            assertError("new int[2][d]", "incompatible types: possible lossy conversion from double to int", "d");
            assertError("new int[s]", "incompatible types: java.lang.String cannot be converted to int", "s");
        }

        @Test
        @DisplayName("should reject generic array creation")
        void generic() {
            assertError("new List<String>[2]", "generic array creation", "new List<String>[2]");
            assertError("new T[2]", "generic array creation", "new T[2]");
            assertError("new T[] {t}", "generic array creation", "new T[] {t}");
        }
    }
}
