/**
 * Property tests generated from {@code @Invariant} expressions.
 *
 * <p>One line per target class in a Jupiter test class:
 * <pre>{@code
 * class PaymentPropertyTests {
 *     @TestFactory
 *     Stream<DynamicNode> invariants() {
 *         return InvariantProperties.of(Payment.class);
 *     }
 * }
 * }</pre>
 * See {@link dev.invariants.property.InvariantProperties} and {@link dev.invariants.property.PropertyConfiguration} (the {@code invariants.property.*} keys).
 */
package dev.invariants.property;
