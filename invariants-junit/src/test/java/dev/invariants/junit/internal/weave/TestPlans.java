package dev.invariants.junit.internal.weave;

import java.util.List;

/** Plans made by hand, for tests of what is generated from them without weaving anything. */
public final class TestPlans {

    private TestPlans() {}

    /** A woven member without applied invariants (the test supplies them compiled). */
    public static MemberPlan member(int index, String name, String descriptor, int access, boolean typeTracked,
            List<String> parameterNames) {
        return new MemberPlan(index, name, descriptor, access, List.of(), typeTracked, parameterNames, false,
                "fixture." + name + "(Fixture.java)");
    }
}
