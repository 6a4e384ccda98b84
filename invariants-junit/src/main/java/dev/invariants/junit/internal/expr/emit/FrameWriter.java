package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.weave.ClassInfo;
import dev.invariants.junit.internal.weave.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.bytebuddy.jar.asm.ClassWriter;

/**
 * The class writer for generated classes: frames and maxima computed by ASM, with the common
 * superclass of two types answered from class files read through {@code loader}, so that frame
 * computation never loads (and so never initialises) a user's class.
 */
public final class FrameWriter extends ClassWriter {

    private static final String OBJECT = "java/lang/Object";

    private final ClassLoader loader;

    public FrameWriter(ClassLoader loader) {
        super(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        this.loader = loader;
    }

    @Override
    protected String getCommonSuperClass(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        List<String> chainA = superChain(a);
        if (chainA.contains(b)) {
            return b;
        }
        for (String each : superChain(b)) {
            if (chainA.contains(each)) {
                return each;
            }
        }
        return OBJECT;
    }

    /**
     * The class and its superclasses, nearest first. An interface's chain is itself and
     * {@code Object}, which is what the verifier makes of interfaces too; a class file that cannot
     * be read ends the chain at {@code Object}.
     */
    private List<String> superChain(String start) {
        List<String> chain = new ArrayList<>();
        String current = start;
        while (current != null && !current.equals(OBJECT)) {
            chain.add(current);
            Optional<ClassInfo> info = Hierarchy.info(loader, current);
            current = info.map(ClassInfo::superName).orElse(null);
        }
        chain.add(OBJECT);
        return chain;
    }
}
