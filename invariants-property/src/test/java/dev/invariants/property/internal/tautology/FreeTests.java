package dev.invariants.property.internal.tautology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How a {@code post} becomes an expression over free variables: what is substituted, and what is not judged. */
class FreeTests {

    static final int LIMIT = 10;

    private int count;
    private String label = "";
    private List<Integer> items = List.of();

    int size() {
        return items.size();
    }

    static boolean positive(int value) {
        return value > 0;
    }

    int add(int amount, Object other) {
        count += amount;
        return count;
    }

    static Free free(String post) throws Exception {
        Method add = FreeTests.class.getDeclaredMethod("add", int.class, Object.class);
        InvariantDescriptor invariant = new InvariantDescriptor("id", FreeTests.class, add, "true", post, List.of(),
                "FreeTests.java:1", List.of("amount", "other"));
        return Free.of(invariant, add.getGenericReturnType());
    }

    static Type field(String name) throws Exception {
        return FreeTests.class.getDeclaredField(name).getGenericType();
    }

    @Nested
    @DisplayName("should substitute")
    class Substitutes {

        @Test
        @DisplayName("old(x) and old(this.x) by one variable, listed first")
        void old() throws Exception {
            Free free = free("count > old(count) && old( this.count ) >= 0 && result == count");

            assertThat(free.expression()).isEqualTo("count > old$count && old$count >= 0 && result == count");
            assertThat(free.names()).containsExactly("old$count", "count", "result");
            assertThat(free.types()).containsExactly(int.class, int.class, int.class);
        }

        @Test
        @DisplayName("this.x by the field, apart from a parameter of the same name")
        void thisField() throws Exception {
            Free free = free("this.count >= 0 && this . label.length() >= amount");

            assertThat(free.expression()).isEqualTo("count >= 0 && label.length() >= amount");
            assertThat(free.names()).containsExactly("count", "label", "amount");
        }

        @Test
        @DisplayName("fields with their generic types, not a lambda's own parameter")
        void generic() throws Exception {
            Free free = free("items.stream().allMatch(i -> i >= amount)");

            assertThat(free.expression()).isEqualTo("items.stream().allMatch(i -> i >= amount)");
            assertThat(free.names()).containsExactly("items", "amount");
            assertThat(free.types()).containsExactly(field("items"), int.class);
        }

        @Test
        @DisplayName("nothing inside a string literal, nor a pattern's binding")
        void literalsAndBindings() throws Exception {
            Free free = free("label.equals(\"count(this.\") || other instanceof String count && count.isEmpty()");

            assertThat(free.expression()).isEqualTo("label.equals(\"count(this.\") || other instanceof String count && count.isEmpty()");
            assertThat(free.names()).containsExactly("label", "other");
        }

        @Test
        @DisplayName("no static field, type or static helper: they compile as they are")
        void statics() throws Exception {
            Free free = free("amount <= LIMIT && this.LIMIT > 0 && positive(amount) && Long.MAX_VALUE > java.lang.Integer.MAX_VALUE");

            assertThat(free.expression())
                    .isEqualTo("amount <= LIMIT && LIMIT > 0 && positive(amount) && Long.MAX_VALUE > java.lang.Integer.MAX_VALUE");
            assertThat(free.names()).containsExactly("amount");
        }

        @Test
        @DisplayName("a parameter shadowing a field of the same name, read through this.")
        void shadowed() throws Exception {
            Method add = FreeTests.class.getDeclaredMethod("add", int.class, Object.class);
            InvariantDescriptor invariant = new InvariantDescriptor("id", FreeTests.class, add, "true",
                    "this.count >= count && old(this.count) < old(count)", List.of(), "FreeTests.java:1", List.of("count", "other"));

            Free free = Free.of(invariant, int.class);

            assertThat(free.expression()).isEqualTo("this$count >= count && old$this$count < old$count");
            assertThat(free.names()).containsExactly("old$this$count", "old$count", "this$count", "count");
        }
    }

    @Nested
    @DisplayName("should not judge a post that reads")
    class NotJudged {

        @Test
        @DisplayName("a method of this, this itself, or old of an expression")
        void object() throws Exception {
            assertThat(free("size() > 0")).isNull();
            assertThat(free("this.size() > 0")).isNull();
            assertThat(free("this == other")).isNull();
            assertThat(free("old(count + 1) > 0")).isNull();
            assertThat(free("old(size()) > 0")).isNull();
            assertThat(free("old(nosuch) > 0")).isNull();
        }

        @Test
        @DisplayName("nothing at all but true, or does not parse")
        void constant() throws Exception {
            assertThat(free("1 < 2")).isNull();
            assertThat(free("amount >")).isNull();
            assertThat(free("true").names()).isEmpty();
        }
    }
}
