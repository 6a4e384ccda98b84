package dev.invariants.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States which invariants a test is meant to check.
 *
 * <p>The report flags a test that claims an invariant it never checked (evaluated with its
 * {@code pre} held), and lists invariants by the tests that claim them. An id that names no
 * declared invariant is a definition error. On a class, the claim applies to every test in it.
 *
 * <pre>{@code
 * @Test
 * @Verifies({"premium-fee-cap", "fee-non-negative"})
 * void capsPremiumFees() {
 *     assertThat(calculator.calculateFee(new BigDecimal("100000"), Tier.PREMIUM))
 *         .isEqualByComparingTo("250.00");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Verifies {

    /**
     * The ids of the invariants this test is meant to check.
     *
     * @return invariant ids as declared in {@code @Invariant(id = ...)} or their defaults
     */
    String[] value();
}
