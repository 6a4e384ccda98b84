package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.config.Timing;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.runtime.Checks;
import dev.invariants.junit.internal.runtime.Precompiler;
import dev.invariants.junit.internal.weave.ClassFilter;
import dev.invariants.junit.internal.weave.Weaver;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Weaves classes that declare or inherit invariants as they load (and when they are retransformed).
 * A failure to weave never breaks the class: it loads unwoven, and the failure is reported.
 */
final class InvariantTransformer implements ClassFileTransformer {

    private static final Timing.Total TRANSFORMER = Timing.total("the transformer (classes seen; counted: woven)");
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    // Weaving may load classes (ours, ASM's); their loading must not re-enter the transformer.
    private final ThreadLocal<Boolean> busy = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final BiConsumer<ClassLoader, String> woven;
    private final BiConsumer<String, Throwable> failed;
    private final Consumer<String> warnings;
    private Consumer<Module> readsUs = module -> {};

    /**
     * @param woven    told of each class woven as it first loads (by loader and internal name), to compile ahead
     * @param failed   told of each class that failed to weave (binary name), so its invariants report it
     * @param warnings where the user reads that a class loads unchecked
     */
    InvariantTransformer(BiConsumer<ClassLoader, String> woven, BiConsumer<String, Throwable> failed,
            Consumer<String> warnings) {
        this.woven = woven;
        this.failed = failed;
        this.warnings = warnings;
    }

    /** The transformer of the running JVM: compiles through the precompiler, reports through the runtime's checks. */
    static InvariantTransformer ofThisJvm(java.lang.instrument.Instrumentation inst) {
        InvariantTransformer transformer = new InvariantTransformer(Precompiler::woven, Checks::weaveFailed,
                Warnings::warn);
        Module ours = InvariantTransformer.class.getModule();
        transformer.readsUs = module -> inst.redefineModule(module, java.util.Set.of(ours), java.util.Map.of(),
                java.util.Map.of(), java.util.Set.of(), java.util.Map.of());
        return transformer;
    }

    /**
     * A JDK proxy of public interfaces lives in a dynamic module ({@code jdk.proxy1}) that reads only the
     * interfaces' modules: its woven calls into our runtime (the unnamed module) link only once it reads ours.
     */
    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        byte[] bytes = transform(loader, className, classBeingRedefined, protectionDomain, classfileBuffer);
        if (bytes != null && module != null && module.isNamed() && ClassFilter.isJdkProxy(className)) {
            readsUs.accept(module);
        }
        return bytes;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className == null || loader == null || loader == PLATFORM || busy.get()) {
            return null;
        }
        busy.set(Boolean.TRUE);
        long[] start = Timing.Total.start();
        byte[] bytes = null;
        try {
            if (ClassFilter.isExcluded(className)) {
                return null;
            }
            bytes = Weaver.weave(loader, className, classfileBuffer);
            if (bytes != null && classBeingRedefined == null) {
                woven.accept(loader, className);
            }
            return bytes;
        } catch (Throwable e) {
            failed.accept(className.replace('/', '.'), e);
            warnings.accept("cannot check the invariants of " + className.replace('/', '.') + ": weaving failed with "
                    + e + ". Please report this at https://github.com/invariants-dev/invariants/issues.");
            return null;
        } finally {
            TRANSFORMER.add(start, bytes != null);
            busy.set(Boolean.FALSE);
        }
    }
}
