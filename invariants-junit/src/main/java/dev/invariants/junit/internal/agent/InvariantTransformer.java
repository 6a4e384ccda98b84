package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.runtime.Checks;
import dev.invariants.junit.internal.runtime.Precompiler;
import dev.invariants.junit.internal.weave.ClassFilter;
import dev.invariants.junit.internal.weave.Weaver;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * Weaves classes that declare or inherit invariants as they load (and when they are retransformed).
 * A failure to weave never breaks the class: it loads unwoven, and the failure is reported.
 */
final class InvariantTransformer implements ClassFileTransformer {

    private static final Timing.Total TRANSFORMER = Timing.total("the transformer (classes seen; counted: woven)");
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    // Weaving may load classes (ours, ASM's); their loading must not re-enter the transformer.
    private final ThreadLocal<Boolean> busy = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className == null || loader == null || loader == PLATFORM || busy.get()) {
            return null;
        }
        busy.set(Boolean.TRUE);
        long[] start = Timing.Total.start();
        byte[] woven = null;
        try {
            if (ClassFilter.isExcluded(className)) {
                return null;
            }
            woven = Weaver.weave(loader, className, classfileBuffer);
            if (woven != null && classBeingRedefined == null) {
                Precompiler.woven(loader, className);
            }
            return woven;
        } catch (Throwable e) {
            Checks.weaveFailed(className.replace('/', '.'), e);
            Warnings.warn("cannot check the invariants of " + className.replace('/', '.') + ": weaving failed with "
                    + e + ". Please report this at https://github.com/invariants-dev/invariants/issues.");
            return null;
        } finally {
            TRANSFORMER.add(start, woven != null);
            busy.set(Boolean.FALSE);
        }
    }
}
