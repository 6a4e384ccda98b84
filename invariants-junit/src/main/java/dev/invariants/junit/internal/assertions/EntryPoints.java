package dev.invariants.junit.internal.assertions;

import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The assertion entry points users call, and Mockito's mock creation, by declaring class. Each
 * library is matched by name only, so an absent library is never loaded and costs nothing.
 */
final class EntryPoints {

    /** What a matched method gets on entry. */
    enum Hook {
        /** Counted as an assertion. */
        ASSERTION,
        /** Counted as an assertion that only checks for non-null. */
        NOT_NULL,
        /** Reports the type its first argument names as mocked. */
        MOCK_CREATED
    }

    private enum Library {
        JUNIT, ASSERTJ, HAMCREST, MOCKITO_STATIC, MOCKITO_IN_ORDER, MOCKITO_CORE,
        SPRING_ERRORS, SPRING_MOCK_MVC, SPRING_RESULT_ACTIONS, SPRING_WEB_TEST_CLIENT, JSONASSERT, REST_ASSURED, TRUTH
    }

    private static final Map<String, Library> CLASSES = Map.ofEntries(
            Map.entry("org/junit/jupiter/api/Assertions", Library.JUNIT),
            Map.entry("org/junit/Assert", Library.JUNIT),
            Map.entry("org/assertj/core/api/Assertions", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/AssertionsForClassTypes", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/AssertionsForInterfaceTypes", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/BDDAssertions", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/Java6Assertions", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/Java6BDDAssertions", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/WithAssertions", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/SoftAssertions", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/SoftAssertionsProvider", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/StandardSoftAssertionsProvider", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/Java6StandardSoftAssertionsProvider", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/BDDSoftAssertionsProvider", Library.ASSERTJ),
            Map.entry("org/assertj/core/api/Java6BDDSoftAssertionsProvider", Library.ASSERTJ),
            Map.entry("org/hamcrest/MatcherAssert", Library.HAMCREST),
            Map.entry("org/mockito/Mockito", Library.MOCKITO_STATIC),
            Map.entry("org/mockito/internal/InOrderImpl", Library.MOCKITO_IN_ORDER),
            Map.entry("org/mockito/internal/MockitoCore", Library.MOCKITO_CORE),
            // Spring's own matchers (status(), content(), jsonPath(), WebTestClient's StatusAssertions) all end here
            Map.entry("org/springframework/test/util/AssertionErrors", Library.SPRING_ERRORS),
            // MockMvc.perform's ResultActions, an anonymous class; andExpectAll is the interface's default method
            Map.entry("org/springframework/test/web/servlet/MockMvc$1", Library.SPRING_MOCK_MVC),
            Map.entry("org/springframework/test/web/servlet/ResultActions", Library.SPRING_RESULT_ACTIONS),
            Map.entry("org/springframework/test/web/reactive/server/DefaultWebTestClient$DefaultResponseSpec",
                    Library.SPRING_WEB_TEST_CLIENT),
            Map.entry("org/skyscreamer/jsonassert/JSONAssert", Library.JSONASSERT),
            // what then() returns; its log() methods have no parameter, or one boolean
            Map.entry("io/restassured/internal/ValidatableResponseOptionsImpl", Library.REST_ASSURED),
            Map.entry("com/google/common/truth/Truth", Library.TRUTH),
            Map.entry("com/google/common/truth/Truth8", Library.TRUTH));

    private static final Set<String> REST_ASSURED_NAMES = Set.of("statusCode", "statusLine", "body", "content",
            "header", "headers", "cookie", "cookies", "contentType", "time", "spec", "specification");

    private static final Set<String> TRUTH_NAMES = Set.of("assertWithMessage", "assert_", "assertAbout");

    /** The user's own ({@code invariants.assertions.methods}): class to method names, an empty set for every public one. */
    private static volatile Map<String, Set<String>> user = Map.of();

    private static final Set<String> ASSERTJ_NAMES = Set.of("assertWith", "assertSoftly", "fail",
            "failBecauseExceptionWasNotThrown", "shouldHaveThrown");

    private static final Set<String> VERIFY_NAMES = Set.of("verify", "verifyNoInteractions",
            "verifyNoMoreInteractions");

    private EntryPoints() {}

    /** Whether the class (internal name) declares methods that get a hook. */
    static boolean isTarget(String internalName) {
        return CLASSES.containsKey(internalName) || user.containsKey(internalName);
    }

    /** Replaces the user's entry points; returns the classes whose hooks change (internal names). */
    static Set<String> user(Map<String, Set<String>> entryPoints) {
        Set<String> changed = new java.util.HashSet<>(user.keySet());
        changed.addAll(entryPoints.keySet());
        changed.removeIf(name -> java.util.Objects.equals(user.get(name), entryPoints.get(name)));
        user = Map.copyOf(entryPoints);
        return changed;
    }

    /**
     * The hook a method gets, or {@code null}. JUnit: public static {@code assert*} and {@code fail}
     * ({@code assertNotNull} apart). AssertJ: {@code assertThat*}, BDD {@code then*} and the
     * {@link #ASSERTJ_NAMES}, static on the entry classes, default methods on {@code WithAssertions}
     * and the soft-assertion providers. Mockito: {@code verify*}, and {@code MockitoCore.mock(Class,
     * MockSettings)}, the one funnel of {@code mock}, {@code spy}, {@code @Mock} and {@code @Spy}. Spring Test:
     * {@code AssertionErrors}' {@code assert*}/{@code fail}, MockMvc's {@code andExpect}/{@code andExpectAll},
     * WebTestClient's {@code expect*}. JSONAssert {@code assert*}; REST Assured's validations after
     * {@code then()}; Google Truth's {@code assertThat}/{@code assertWithMessage}. The user's: every public
     * method of a listed class, or the listed names.
     */
    static Hook hook(String internalName, int access, String name, String descriptor) {
        Library library = CLASSES.get(internalName);
        if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return null;
        }
        boolean isPublic = (access & Opcodes.ACC_PUBLIC) != 0;
        boolean isPublicStatic = isPublic && (access & Opcodes.ACC_STATIC) != 0;
        if (library == null) {
            Set<String> names = user.get(internalName);
            boolean method = !name.startsWith("<") && (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0;
            return names == null || !method ? null
                    : names.isEmpty() ? (isPublic ? Hook.ASSERTION : null)
                    : names.contains(name) ? Hook.ASSERTION : null;
        }
        return switch (library) {
            case JUNIT -> !isPublicStatic ? null
                    : name.equals("assertNotNull") ? Hook.NOT_NULL
                    : name.startsWith("assert") || name.equals("fail") ? Hook.ASSERTION : null;
            case ASSERTJ -> isPublic && (name.startsWith("assertThat") || name.startsWith("then")
                    || ASSERTJ_NAMES.contains(name)) ? Hook.ASSERTION : null;
            case HAMCREST -> isPublicStatic && name.equals("assertThat") ? Hook.ASSERTION : null;
            case MOCKITO_STATIC -> isPublicStatic && VERIFY_NAMES.contains(name) ? Hook.ASSERTION : null;
            case MOCKITO_IN_ORDER -> isPublic && VERIFY_NAMES.contains(name) ? Hook.ASSERTION : null;
            case MOCKITO_CORE -> name.equals("mock") && descriptor.startsWith("(Ljava/lang/Class;")
                    && Type.getArgumentCount(descriptor) == 2 ? Hook.MOCK_CREATED : null;
            case SPRING_ERRORS -> !isPublicStatic ? null
                    : name.equals("assertNotNull") ? Hook.NOT_NULL
                    : name.startsWith("assert") || name.equals("fail") ? Hook.ASSERTION : null;
            case SPRING_MOCK_MVC -> isPublic && name.equals("andExpect") ? Hook.ASSERTION : null;
            case SPRING_RESULT_ACTIONS -> isPublic && name.equals("andExpectAll") ? Hook.ASSERTION : null;
            case SPRING_WEB_TEST_CLIENT -> isPublic && name.startsWith("expect") ? Hook.ASSERTION : null;
            case JSONASSERT -> isPublicStatic && name.startsWith("assert") ? Hook.ASSERTION : null;
            case REST_ASSURED -> isPublic && REST_ASSURED_NAMES.contains(name) && !descriptor.startsWith("()")
                    && !descriptor.startsWith("(Z)") ? Hook.ASSERTION : null;
            case TRUTH -> isPublicStatic && (name.equals("assertThat") || TRUTH_NAMES.contains(name))
                    ? Hook.ASSERTION : null;
        };
    }
}
