package dev.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The annotation as users meet it: written on fixture classes, read back through reflection the way
 * the runtime and the scanner read it.
 */
class InvariantAnnotationTests {

    @Invariant(post = "balance >= 0")
    static final class Account {
        long balance;

        @Invariant(post = "balance == 0")
        Account() {}

        @Invariant(pre = "amount > 0", post = "balance == old(balance) + amount")
        void deposit(long amount) {
            balance += amount;
        }

        @Invariant(id = "withdraw-within-balance", pre = "amount <= balance", post = "balance >= 0",
                description = "no overdraft")
        @Invariant(pre = "amount > balance", raises = {IllegalStateException.class, ArithmeticException.class})
        void withdraw(long amount) {
            if (amount > balance) {
                throw new IllegalStateException("overdraft");
            }
            balance -= amount;
        }
    }

    @Nested
    @DisplayName("should read back")
    class ReadBack {

        @Test
        @DisplayName("the defaults of every attribute left unset")
        void defaults() throws Exception {
            Invariant invariant = Account.class.getDeclaredMethod("deposit", long.class).getAnnotation(Invariant.class);

            assertThat(invariant.id()).isEmpty();
            assertThat(invariant.description()).isEmpty();
            assertThat(invariant.raises()).isEmpty();
            assertThat(invariant.pre()).isEqualTo("amount > 0");
            assertThat(invariant.post()).isEqualTo("balance == old(balance) + amount");
        }

        @Test
        @DisplayName("pre as \"true\" when only post is given")
        void preDefaultsToTrue() {
            Invariant invariant = Account.class.getAnnotation(Invariant.class);

            assertThat(invariant.pre()).isEqualTo("true");
            assertThat(invariant.post()).isEqualTo("balance >= 0");
        }

        @Test
        @DisplayName("a constructor invariant")
        void constructor() throws Exception {
            Constructor<Account> constructor = Account.class.getDeclaredConstructor();

            assertThat(constructor.getAnnotation(Invariant.class).post()).isEqualTo("balance == 0");
        }

        @Test
        @DisplayName("repeated invariants through the container, in declaration order")
        void repeatable() throws Exception {
            Method withdraw = Account.class.getDeclaredMethod("withdraw", long.class);

            Invariant[] invariants = withdraw.getAnnotationsByType(Invariant.class);

            assertThat(invariants).extracting(Invariant::id).containsExactly("withdraw-within-balance", "");
            assertThat(invariants[0].description()).isEqualTo("no overdraft");
            assertThat(invariants[1].raises()).containsExactly(IllegalStateException.class, ArithmeticException.class);
            assertThat(withdraw.getAnnotation(Invariant.class)).as("two invariants are stored in the container").isNull();
            assertThat(withdraw.getAnnotation(Invariant.List.class).value()).hasSize(2);
        }
    }

    @Nested
    @DisplayName("should be declared")
    class Declaration {

        @Test
        @DisplayName("with runtime retention so the runtime can read it")
        void retention() {
            assertThat(Invariant.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
            assertThat(Invariant.List.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
        }

        @Test
        @DisplayName("for methods, constructors and types only")
        void targets() {
            ElementType[] expected = {ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE};

            assertThat(Invariant.class.getAnnotation(Target.class).value()).containsExactlyInAnyOrder(expected);
            assertThat(Invariant.List.class.getAnnotation(Target.class).value()).containsExactlyInAnyOrder(expected);
        }

        @Test
        @DisplayName("repeatable with Invariant.List as its container")
        void container() {
            assertThat(Invariant.class.getAnnotation(Repeatable.class).value()).isEqualTo(Invariant.List.class);
        }
    }
}
