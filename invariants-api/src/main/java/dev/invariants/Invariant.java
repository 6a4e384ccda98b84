package dev.invariants;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule the annotated method, constructor or class must keep, written as Java expressions next to
 * the code it governs.
 *
 * <p>The annotation does nothing by itself: it is data. With {@code dev.invariants:invariants-junit}
 * on the test classpath every invariant is checked at runtime during every JUnit Platform test run,
 * a violation fails the test that caused it, and the run ends with a report of the invariants no
 * test checked. {@code dev.invariants:invariants-property} generates inputs from the same
 * expressions.
 *
 * <h2>A worked example</h2>
 *
 * <pre>{@code
 * public final class FeeCalculator {
 *     static final BigDecimal CAP = new BigDecimal("250.00");
 *
 *     @Invariant(id = "fee-non-negative",
 *                pre = "amount != null && amount.signum() >= 0",
 *                post = "result.signum() >= 0")
 *     @Invariant(id = "premium-fee-cap",
 *                pre = "tier == Tier.PREMIUM",
 *                post = "result.compareTo(CAP) <= 0",
 *                description = "regulation 7.2: premium fees never exceed 250.00")
 *     @Invariant(id = "fee-rejects-negative-amount",
 *                pre = "amount != null && amount.signum() < 0",
 *                raises = IllegalArgumentException.class)
 *     public BigDecimal calculateFee(BigDecimal amount, Tier tier) { ... }
 * }
 *
 * @Invariant(id = "ledger-balanced", post = "debits.equals(credits)")
 * public final class Ledger { ... }
 * }</pre>
 *
 * <h2>Method and constructor invariants</h2>
 *
 * <ul>
 *   <li>{@link #pre()} is a <em>guard</em>, evaluated on entry. When it is false the call proceeds
 *       untouched and is recorded as "pre failed": the failure-mode path was exercised. It is not an
 *       obligation on the caller unless the run sets {@code invariants.preconditions=enforce}, which
 *       turns such a call into a violation.</li>
 *   <li>{@link #post()} must hold whenever the call returns normally after {@code pre} held on entry.
 *       A call that throws instead neither passes nor violates a {@code post}-only invariant; it is
 *       recorded as "threw".</li>
 *   <li>{@link #raises()} lists exception types: whenever {@code pre} held on entry, the call must
 *       throw one of them. A normal return, or any other exception, is a violation. With both
 *       {@code post} and {@code raises}, {@code post} governs a normal return and {@code raises}
 *       lists what may be thrown instead.</li>
 *   <li>A method or constructor invariant needs {@code post}, {@code raises}, or both.</li>
 * </ul>
 *
 * <h2>Type invariants</h2>
 *
 * <p>On a class only {@link #post()} is allowed. It must hold after every constructor returns and
 * after every public method call on an instance returns, normally or by exception: a failed
 * operation must not leave the object half-done. Calls the instance makes on itself are checked
 * once, at the outermost exit. A constructor that throws leaves no object, so nothing is checked.
 * Nor is anything checked after a constructor a framework calls to fill the object in: a non-public
 * one without parameters, or one marked {@link FrameworkConstructor}; the first public method called
 * on the object checks it.
 *
 * <h2>Expressions</h2>
 *
 * <p>{@code pre} and {@code post} are Java boolean expressions. In scope are:
 * <ul>
 *   <li>the parameters, by their source names (compile with {@code -parameters}, or with the debug
 *       information Maven and Gradle include by default);</li>
 *   <li>{@code result}, the returned value of a non-void method, in {@code post};</li>
 *   <li>{@code this} and the fields of {@code this} of any visibility, including private ones;</li>
 *   <li>{@code old(expr)}, the value {@code expr} had on entry, in {@code post}, for example
 *       {@code post = "balance == old(balance) - amount"};</li>
 *   <li>types from {@code java.lang}, {@code java.util}, {@code java.math}, {@code java.time}, the
 *       declaring class's package and its imports, without qualification where unambiguous.</li>
 * </ul>
 *
 * <h2>Inheritance</h2>
 *
 * <p>Invariants declared on an interface or superclass method apply to every override and
 * implementation. Each invariant is still one entry in the report, whichever implementation
 * checked it. Type invariants of a superclass apply to instances of its subclasses.
 *
 * <h2>Definition errors</h2>
 *
 * <p>These are found when the class's checks are compiled (or, for a class no test loads, at the end
 * of the run), named with the class, the member and the attribute, and never skipped silently: the
 * call of such a member goes on and its test keeps its own outcome, and the run fails when the
 * JUnit Platform session closes, listing every broken invariant:
 * <ul>
 *   <li>an expression that does not compile, names something not in scope, or is not boolean;</li>
 *   <li>{@code result} in a {@code post} of a {@code void} method or a constructor;</li>
 *   <li>a method or constructor invariant with neither {@code post} nor {@code raises};</li>
 *   <li>a type invariant with {@code pre} or {@code raises};</li>
 *   <li>an {@link #id()} used twice in the code base (every declaration of it is broken).</li>
 * </ul>
 * An exception thrown while an expression is evaluated is reported as that invariant being broken,
 * not as a crash of the code under test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
@Repeatable(Invariant.List.class)
public @interface Invariant {

    /**
     * The stable name of this invariant in messages, reports and {@code @Verifies}.
     *
     * <p>Ids are unique in a code base. Left empty, the id is {@code SimpleClassName.member#n}: the
     * member is the method name, {@code <init>} for a constructor, and is absent for a type
     * invariant ({@code Ledger#1}); {@code n} counts from 1 over the invariants of all members of
     * that name in the class, in declaration order. Default ids change when code moves, so give an
     * explicit id to anything a report or a test refers to.
     *
     * @return the id, or an empty string for the default
     */
    String id() default "";

    /**
     * The guard: a Java boolean expression evaluated on entry. The invariant applies only to calls
     * for which it holds; a call for which it is false is recorded as "pre failed" and proceeds.
     *
     * @return the guard expression; {@code "true"} by default
     */
    String pre() default "true";

    /**
     * A Java boolean expression that must hold when a call for which {@link #pre()} held returns
     * normally; on a type, after every constructor and every public method call on an instance.
     * May use {@code result} and {@code old(expr)}.
     *
     * @return the postcondition, or an empty string for none
     */
    String post() default "";

    /**
     * The exceptions a call for which {@link #pre()} held must throw (one of them). Not allowed on a
     * type.
     *
     * @return the accepted exception types, or an empty array for none
     */
    Class<? extends Throwable>[] raises() default {};

    /**
     * Free text shown next to the invariant in messages and reports: the business rule in words,
     * a ticket, a regulation.
     *
     * @return the description, or an empty string for none
     */
    String description() default "";

    /**
     * Marks a constructor that a framework calls reflectively before it fills the object in (JPA,
     * Jackson, a serialization library): the type invariants are not checked after it, since the
     * object it leaves is not yet the one user code will see. They are checked, as after any
     * instance, at the exit of the first public method called on it.
     *
     * <p>A non-public constructor without parameters (the protected one JPA requires, the private one
     * Jackson can use) is treated so without the marker; put the marker on a public one, or on any
     * other constructor only a framework calls. Constructor invariants declared on the marked
     * constructor are still checked.
     *
     * <pre>{@code
     * @Entity
     * @Invariant(id = "customer-named", post = "name != null && !name.isBlank()")
     * public class Customer {
     *     private String name;
     *
     *     @Invariant.FrameworkConstructor
     *     public Customer() {}          // for a library that needs a public one
     *     public Customer(String name) { this.name = name; }   // checked after it
     * }
     * }</pre>
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.CONSTRUCTOR)
    @interface FrameworkConstructor {}

    /**
     * The container that makes {@link Invariant} repeatable. Write several {@code @Invariant}
     * annotations on one element instead of using it directly.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
    @interface List {

        /**
         * The invariants declared on the element.
         *
         * @return the invariants, in declaration order
         */
        Invariant[] value();
    }
}
