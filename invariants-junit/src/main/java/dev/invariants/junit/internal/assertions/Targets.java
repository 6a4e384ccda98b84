package dev.invariants.junit.internal.assertions;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.util.Map;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * The assertion entry points users call, by declaring type. Each library is matched by name, so an
 * absent library is never loaded and costs nothing.
 */
final class Targets {

    private Targets() {}

    /** JUnit Jupiter and JUnit 4: {@code assert*} and {@code fail}; {@code assertNotNull} is counted apart. */
    static final ElementMatcher.Junction<MethodDescription> JUNIT = isPublic().and(isStatic())
            .and(nameStartsWith("assert").or(named("fail"))).and(not(named("assertNotNull")));

    static final ElementMatcher.Junction<MethodDescription> JUNIT_NOT_NULL = isPublic().and(isStatic())
            .and(named("assertNotNull"));

    /**
     * AssertJ: {@code assertThat*} (and {@code assertWith}, {@code assertSoftly}), BDD {@code then*},
     * {@code fail}, {@code failBecauseExceptionWasNotThrown}, {@code shouldHaveThrown}; static on the
     * entry classes, default methods on {@code WithAssertions} and the soft-assertion providers.
     */
    static final ElementMatcher.Junction<MethodDescription> ASSERTJ = isPublic().and(not(isAbstract()))
            .and(nameStartsWith("assertThat").or(nameStartsWith("then"))
                    .or(namedOneOf("assertWith", "assertSoftly", "fail", "failBecauseExceptionWasNotThrown",
                            "shouldHaveThrown")));

    static final ElementMatcher.Junction<MethodDescription> HAMCREST = isPublic().and(isStatic()).and(named("assertThat"));

    static final ElementMatcher.Junction<MethodDescription> MOCKITO_VERIFY = isPublic()
            .and(namedOneOf("verify", "verifyNoInteractions", "verifyNoMoreInteractions"));

    /** {@code MockitoCore.mock(Class, MockSettings)}: {@code mock}, {@code spy}, {@code @Mock} and {@code @Spy} all pass here. */
    static final ElementMatcher.Junction<MethodDescription> MOCKITO_CREATE = named("mock")
            .and(takesArguments(2)).and(ElementMatchers.takesArgument(0, Class.class));

    /** Counted assertion methods, by declaring type. */
    static final Map<String, ElementMatcher.Junction<MethodDescription>> COUNTED = Map.ofEntries(
            Map.entry("org.junit.jupiter.api.Assertions", JUNIT),
            Map.entry("org.junit.Assert", JUNIT),
            Map.entry("org.assertj.core.api.Assertions", ASSERTJ),
            Map.entry("org.assertj.core.api.AssertionsForClassTypes", ASSERTJ),
            Map.entry("org.assertj.core.api.AssertionsForInterfaceTypes", ASSERTJ),
            Map.entry("org.assertj.core.api.BDDAssertions", ASSERTJ),
            Map.entry("org.assertj.core.api.Java6Assertions", ASSERTJ),
            Map.entry("org.assertj.core.api.Java6BDDAssertions", ASSERTJ),
            Map.entry("org.assertj.core.api.WithAssertions", ASSERTJ),
            Map.entry("org.assertj.core.api.SoftAssertions", ASSERTJ),
            Map.entry("org.assertj.core.api.SoftAssertionsProvider", ASSERTJ),
            Map.entry("org.assertj.core.api.StandardSoftAssertionsProvider", ASSERTJ),
            Map.entry("org.assertj.core.api.Java6StandardSoftAssertionsProvider", ASSERTJ),
            Map.entry("org.assertj.core.api.BDDSoftAssertionsProvider", ASSERTJ),
            Map.entry("org.assertj.core.api.Java6BDDSoftAssertionsProvider", ASSERTJ),
            Map.entry("org.hamcrest.MatcherAssert", HAMCREST),
            Map.entry("org.mockito.Mockito", MOCKITO_VERIFY.and(isStatic())),
            Map.entry("org.mockito.internal.InOrderImpl", MOCKITO_VERIFY));

    /** Types whose {@code assertNotNull} is counted as a not-null-only assertion. */
    static final Map<String, ElementMatcher.Junction<MethodDescription>> NOT_NULL = Map.of(
            "org.junit.jupiter.api.Assertions", JUNIT_NOT_NULL,
            "org.junit.Assert", JUNIT_NOT_NULL);

    static final String MOCKITO_CORE = "org.mockito.internal.MockitoCore";
}
