package dev.invariants.junit.internal.weave;

import java.util.List;

/**
 * Everything decided about one woven class when it was transformed, kept until its call sites
 * link (lazily, at first call) and its expressions are compiled.
 */
public final class ClassPlan {

    final ClassInfo info;
    final List<ClassInfo> lineage;
    final List<MemberPlan> members;
    final List<Applied> typeInvariants;

    ClassPlan(ClassInfo info, List<ClassInfo> lineage, List<MemberPlan> members, List<Applied> typeInvariants) {
        this.info = info;
        this.lineage = lineage;
        this.members = members;
        this.typeInvariants = typeInvariants;
    }

    public ClassInfo info() {
        return info;
    }

    /** The class and its readable supertypes, nearest first. */
    public List<ClassInfo> lineage() {
        return lineage;
    }

    public List<MemberPlan> members() {
        return members;
    }

    public List<Applied> typeInvariants() {
        return typeInvariants;
    }

    MemberPlan member(String name, String descriptor) {
        for (MemberPlan member : members) {
            if (member.name.equals(name) && member.descriptor.equals(descriptor)) {
                return member;
            }
        }
        return null;
    }
}
