package dev.invariants.junit.internal.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The bootstrap method of every woven call site. The first call of a woven member compiles its
 * class's checks (once per class) and binds the site, for good, straight to the generated static
 * method: after that the JIT sees an ordinary static call it can inline.
 */
public final class Bootstrap {

    private Bootstrap() {}

    /**
     * Links a woven call site.
     *
     * @param caller the woven class, with full access
     * @param name   {@code e<k>}, {@code x<k>} or {@code t<k>} for woven member {@code k}
     * @param type   the call site's type
     * @return a constant call site
     */
    public static CallSite link(MethodHandles.Lookup caller, String name, MethodType type) {
        return new ConstantCallSite(Linkage.of(caller).handle(name, type));
    }
}
