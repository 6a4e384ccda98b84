package dev.invariants.junit.internal.weave;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Class files of supertypes, read as resources of the defining loader so that nothing is loaded
 * while a class is being transformed. Answers whether a class declares or inherits invariants, the
 * question that decides what gets woven: a class implementing an annotated interface does not
 * mention {@code @Invariant} itself.
 *
 * <p>Kept per loader ({@link PerLoader}), then by class name: two loaders may define one name
 * differently (an annotated class in one, a plain one in the other), and each is answered from its own.
 */
public final class Hierarchy {

    /** What one loader's resources say: the class files read and the verdicts given, by internal name. */
    private record View(Map<String, Optional<ClassInfo>> infos, Map<String, Boolean> relevant) {
        View() {
            this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private static final PerLoader<View> VIEWS = new PerLoader<>(View::new);

    private Hierarchy() {}

    /** Remembers a class file the transformer already holds for {@code loader}, so it is not read again. */
    static ClassInfo remember(ClassLoader loader, String internalName, byte[] bytes) {
        ClassInfo info = ClassInfo.read(bytes);
        VIEWS.of(loader).infos().put(internalName, Optional.of(info));
        return info;
    }

    /** The class file of a class visible to the loader, or empty when it cannot be read. */
    public static Optional<ClassInfo> info(ClassLoader loader, String internalName) {
        Map<String, Optional<ClassInfo>> infos = VIEWS.of(loader).infos();
        Optional<ClassInfo> known = infos.get(internalName);
        if (known != null) {
            return known;
        }
        Optional<ClassInfo> read = readInfo(loader, internalName);
        infos.put(internalName, read);
        return read;
    }

    private static Optional<ClassInfo> readInfo(ClassLoader loader, String internalName) {
        ClassLoader source = loader != null ? loader : ClassLoader.getSystemClassLoader();
        try (InputStream in = source.getResourceAsStream(internalName + ".class")) {
            return in == null ? Optional.empty() : Optional.of(ClassInfo.read(in.readAllBytes()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the class declares invariants or inherits them from a superclass or an interface. */
    public static boolean relevant(ClassLoader loader, String internalName) {
        if (internalName == null || ClassFilter.isJdk(internalName)) {
            return false;
        }
        Map<String, Boolean> verdicts = VIEWS.of(loader).relevant();
        Boolean known = verdicts.get(internalName);
        if (known != null) {
            return known;
        }
        boolean relevant = info(loader, internalName).map(info -> relevant(loader, info)).orElse(false);
        verdicts.put(internalName, relevant);
        return relevant;
    }

    static boolean relevant(ClassLoader loader, ClassInfo info) {
        if (info.declaresInvariants() || relevant(loader, info.superName)) {
            return true;
        }
        for (String each : info.interfaces) {
            if (relevant(loader, each)) {
                return true;
            }
        }
        return false;
    }

    /** The class and all its supertypes that could be read, nearest first (superclass chain, then interfaces). */
    public static List<ClassInfo> lineage(ClassLoader loader, ClassInfo start) {
        Set<String> seen = new LinkedHashSet<>();
        List<ClassInfo> result = new ArrayList<>();
        List<ClassInfo> queue = new ArrayList<>(List.of(start));
        seen.add(start.internalName);
        for (int i = 0; i < queue.size(); i++) {
            ClassInfo current = queue.get(i);
            result.add(current);
            List<String> supers = new ArrayList<>();
            if (current.superName != null) {
                supers.add(current.superName);
            }
            supers.addAll(current.interfaces);
            for (String each : supers) {
                if (!ClassFilter.isJdk(each) && seen.add(each)) {
                    info(loader, each).ifPresent(queue::add);
                }
            }
        }
        return result;
    }

    /** The nearest common superclass, for frame computation; {@code java/lang/Object} when unsure. */
    static String commonSuperClass(ClassLoader loader, String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        List<String> chainA = superChain(loader, a);
        if (chainA.contains(b)) {
            return b;
        }
        for (String each : superChain(loader, b)) {
            if (chainA.contains(each)) {
                return each;
            }
        }
        return "java/lang/Object";
    }

    private static List<String> superChain(ClassLoader loader, String start) {
        List<String> chain = new ArrayList<>();
        String current = start;
        while (current != null) {
            chain.add(current);
            Optional<ClassInfo> info = info(loader, current);
            if (info.isEmpty() || info.get().isInterface()) {
                break;
            }
            current = info.get().superName;
        }
        if (!chain.contains("java/lang/Object")) {
            chain.add("java/lang/Object");
        }
        return chain;
    }
}
