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

    private enum Library { JUNIT, ASSERTJ, HAMCREST, MOCKITO_STATIC, MOCKITO_IN_ORDER, MOCKITO_CORE }

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
            Map.entry("org/mockito/internal/MockitoCore", Library.MOCKITO_CORE));

    private static final Set<String> ASSERTJ_NAMES = Set.of("assertWith", "assertSoftly", "fail",
            "failBecauseExceptionWasNotThrown", "shouldHaveThrown");

    private static final Set<String> VERIFY_NAMES = Set.of("verify", "verifyNoInteractions",
            "verifyNoMoreInteractions");

    private EntryPoints() {}

    /** Whether the class (internal name) declares methods that get a hook. */
    static boolean isTarget(String internalName) {
        return CLASSES.containsKey(internalName);
    }

    /**
     * The hook a method gets, or {@code null}. JUnit: public static {@code assert*} and {@code fail}
     * ({@code assertNotNull} apart). AssertJ: {@code assertThat*}, BDD {@code then*} and the
     * {@link #ASSERTJ_NAMES}, static on the entry classes, default methods on {@code WithAssertions}
     * and the soft-assertion providers. Mockito: {@code verify*}, and {@code MockitoCore.mock(Class,
     * MockSettings)}, the one funnel of {@code mock}, {@code spy}, {@code @Mock} and {@code @Spy}.
     */
    static Hook hook(String internalName, int access, String name, String descriptor) {
        Library library = CLASSES.get(internalName);
        if (library == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return null;
        }
        boolean isPublic = (access & Opcodes.ACC_PUBLIC) != 0;
        boolean isPublicStatic = isPublic && (access & Opcodes.ACC_STATIC) != 0;
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
        };
    }
}
