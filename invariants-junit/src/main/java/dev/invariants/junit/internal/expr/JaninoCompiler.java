package dev.invariants.junit.internal.expr;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.commons.compiler.Location;
import org.codehaus.janino.ClassLoaderIClassLoader;
import org.codehaus.janino.IClassLoader;
import org.codehaus.janino.Java;
import org.codehaus.janino.Parser;
import org.codehaus.janino.Scanner;
import org.codehaus.janino.UnitCompiler;
import org.codehaus.janino.util.ClassFile;

/**
 * Compiles generated source with Janino: fast to start, no JDK needed; stops at the first error.
 * The types a batch refers to are resolved through one Janino class loader per user class loader,
 * kept for the next batch: a fresh one per batch (as {@code SimpleCompiler} makes) looks up
 * {@code java.lang.String}, the runtime's classes and every on-demand import again, which was
 * most of the cost of compiling each class after the first. Only the last loader's is kept, so
 * nothing pins a class loader the tests have dropped beyond the next compilation.
 */
final class JaninoCompiler {

    private static ClassLoader cachedFor;
    private static IClassLoader cached;

    private JaninoCompiler() {}

    static byte[] compile(ClassSource source, ClassLoader loader) throws CompileFailure {
        String fileName = source.className().replace('.', '/') + ".java";
        List<ClassFile> classFiles = new ArrayList<>();
        try {
            Java.AbstractCompilationUnit unit = new Parser(new Scanner(fileName, new StringReader(source.text())))
                    .parseAbstractCompilationUnit();
            // Janino's class loader caches what it resolved and is not safe for concurrent use.
            synchronized (JaninoCompiler.class) {
                new UnitCompiler(unit, typesOf(loader)).compileUnit(true, true, false, classFiles);
            }
        } catch (CompileException e) {
            Location location = e.getLocation();
            String message = e.getMessage();
            if (location != null && message.startsWith(location.toString())) {
                message = message.substring(location.toString().length()).replaceFirst("^[:,]?\\s*", "");
            }
            throw new CompileFailure(List.of(new CompileFailure.Error(location == null ? -1 : location.getLineNumber(),
                    message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ClassFile each : classFiles) {
            if (each.getThisClassName().equals(source.className())) {
                return each.toByteArray();
            }
        }
        throw new IllegalStateException("Janino produced no class " + source.className());
    }

    private static IClassLoader typesOf(ClassLoader loader) {
        if (cached == null || cachedFor != loader) {
            cached = new ClassLoaderIClassLoader(loader);
            cachedFor = loader;
        }
        return cached;
    }
}
