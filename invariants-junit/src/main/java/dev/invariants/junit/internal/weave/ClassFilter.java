package dev.invariants.junit.internal.weave;

/**
 * Which classes are never woven: the JDK, test frameworks and mocking libraries (their code is not
 * the code under test, and weaving it could only break it), generated proxies and mocks, and our own
 * internals. Names are JVM internal names ({@code com/acme/Account}).
 */
public final class ClassFilter {

    private static final String[] JDK = {"java/", "javax/", "jdk/", "sun/", "com/sun/"};

    private static final String[] NEVER = {
        "dev/invariants/junit/internal/", "dev/invariants/property/internal/", "dev/invariants/shaded/",
        "dev/invariants/Invariant", "org/junit/", "junit/", "org/opentest4j/", "org/apiguardian/",
        "org/assertj/", "org/hamcrest/", "org/mockito/", unrelocated("net", "bytebuddy"), "org/objenesis/",
        unrelocated("org", "codehaus", "janino"), unrelocated("org", "codehaus", "commons", "compiler"),
        unrelocated("io", "github", "classgraph"), unrelocated("nonapi", "io", "github", "classgraph"),
        "org/apache/maven/", "org/gradle/", "worker/org/gradle/", "com/intellij/", "org/eclipse/jdt/",
        "kotlin/", "scala/", "groovy/", "org/jacoco/", "org/openjdk/jmh/", "org/slf4j/", "ch/qos/logback/",
        "org/apache/logging/", "org/springframework/cglib/", "org/aspectj/",
    };

    private ClassFilter() {}

    /**
     * A package prefix of a library we also relocate into our jar, built at run time: written as one
     * literal, the shade plugin would rewrite it to our relocated copy's name and the application's
     * own copy (Mockito's Byte Buddy) would go through the transformer.
     */
    private static String unrelocated(String... segments) {
        return String.join("/", segments) + "/";
    }

    /** Whether the class belongs to the JDK, whose classes can never declare invariants. */
    public static boolean isJdk(String internalName) {
        for (String prefix : JDK) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is one {@code java.lang.reflect.Proxy} gives its classes ({@code jdk/proxy1/$Proxy12},
     * or {@code $Proxy12} in the package of a non-public interface). Such a class is the only implementation
     * of a Spring Data repository interface, so it is woven like any class implementing an annotated
     * interface, although its package looks like the JDK's; {@link Weaver} checks it extends {@code Proxy}.
     */
    public static boolean isJdkProxy(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.startsWith("$Proxy") && simple.length() > "$Proxy".length()
                && simple.substring("$Proxy".length()).chars().allMatch(Character::isDigit)
                && (!internalName.startsWith("jdk/") || internalName.startsWith("jdk/proxy"));
    }

    /** Whether the class must never be woven, whatever it declares. */
    public static boolean isExcluded(String internalName) {
        if (isJdkProxy(internalName)) {
            return false;
        }
        if (isJdk(internalName) || internalName.contains("$$") || internalName.contains("$MockitoMock$")
                || internalName.contains("$ByteBuddy$") || internalName.contains("$auxiliary$")) {
            return true;
        }
        for (String prefix : NEVER) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
