package dev.invariants.junit.internal.expr.types;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes one class loader sees, read from their class files as resources (never loaded), each
 * file read once. {@code java.*} classes are read through the system class loader into one model
 * shared by all loaders, since no other loader may define them. Thread-safe.
 */
public final class TypeModel {

    private static final TypeModel JDK = new TypeModel(null, null);
    private static final Map<ClassLoader, TypeModel> MODELS = new WeakHashMap<>();

    private final WeakReference<ClassLoader> loader;
    private final TypeModel jdk;
    private final Map<String, ClassSymbol> symbols = new ConcurrentHashMap<>();
    private final Map<String, Boolean> packages = new ConcurrentHashMap<>();
    /** Class files handed over by the weaver, for classes that are defined without a resource to read them from. */
    private final Map<String, byte[]> handedOver = new ConcurrentHashMap<>();

    private TypeModel(ClassLoader loader, TypeModel jdk) {
        this.loader = new WeakReference<>(loader);
        this.jdk = jdk;
    }

    /** The model of {@code loader} ({@code null}: the system class loader's). */
    public static TypeModel of(ClassLoader loader) {
        ClassLoader key = loader != null ? loader : ClassLoader.getSystemClassLoader();
        synchronized (MODELS) {
            return MODELS.computeIfAbsent(key, k -> new TypeModel(k, JDK));
        }
    }

    /** The symbol of a class by internal name; it is read when first asked about, and may turn out missing. */
    public ClassSymbol symbol(String internalName) {
        if (jdk != null && isJdk(internalName)) {
            return jdk.symbol(internalName);
        }
        ClassSymbol known = symbols.get(internalName);
        if (known != null) {
            return known;
        }
        return symbols.computeIfAbsent(internalName, name -> new ClassSymbol(this, name));
    }

    /**
     * Keeps the class file of a class about to be defined, until it is read: a class made by a framework or
     * rewritten by a tool may have no resource in its loader, and its invariants must attribute all the same.
     */
    public void handOver(String internalName, byte[] bytes) {
        if (!symbols.containsKey(internalName)) {
            handedOver.put(internalName, bytes);
        }
    }

    /**
     * The class file as its loader serves it, code included, or {@code null}: for reading what a method
     * does ({@code expr.Purity}), not cached.
     */
    public byte[] classFile(String internalName) {
        try (InputStream in = source().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The symbol of a class that exists, or {@code null}. */
    public ClassSymbol find(String internalName) {
        ClassSymbol symbol = symbol(internalName);
        return symbol.exists() ? symbol : null;
    }

    /** {@code java/lang/Object}. */
    public static ClassSymbol object() {
        return JDK.symbol("java/lang/Object");
    }

    /** A symbol of the shared {@code java.*} model. */
    public static ClassSymbol jdk(String internalName) {
        return JDK.symbol(internalName);
    }

    /** Whether some class of the package (internal form, {@code com/acme}) or the package directory can be seen. */
    public boolean packageExists(String internalPackage) {
        if (jdk != null && isJdk(internalPackage + "/")) {
            return jdk.packageExists(internalPackage);
        }
        return packages.computeIfAbsent(internalPackage, p -> {
            ClassLoader source = source();
            if (source.getResource(p + "/") != null) {
                return true;
            }
            for (String each : symbols.keySet()) {
                if (each.startsWith(p + "/") && symbols.get(each).exists()) {
                    return true;
                }
            }
            return p.startsWith("java/") && ModuleLayer.boot().modules().stream()
                    .anyMatch(m -> m.getPackages().contains(p.replace('/', '.')));
        });
    }

    private static boolean isJdk(String internalName) {
        return internalName.startsWith("java/");
    }

    private ClassLoader source() {
        ClassLoader known = loader.get();
        return known != null ? known : ClassLoader.getSystemClassLoader();
    }

    ClassSymbol.ClassData read(ClassSymbol symbol) {
        byte[] bytes = bytes(symbol.internalName());
        if (bytes == null) {
            return new ClassSymbol.ClassData(false, 0, "java/lang/Object", List.of(), null, null, null, null, 0,
                    Map.of(), List.of(), Map.of(), Set.of());
        }
        try {
            return SymbolReader.read(symbol, bytes, jdk != null);
        } catch (RuntimeException e) {
            return new ClassSymbol.ClassData(false, 0, "java/lang/Object", List.of(), null, null, null, null, 0,
                    Map.of(), List.of(), Map.of(), Set.of());
        }
    }

    private byte[] bytes(String internalName) {
        byte[] handed = handedOver.remove(internalName);
        if (handed != null) {
            return handed;
        }
        try (InputStream in = source().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
