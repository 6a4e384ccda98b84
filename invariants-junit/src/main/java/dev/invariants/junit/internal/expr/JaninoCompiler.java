package dev.invariants.junit.internal.expr;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.commons.compiler.Location;
import org.codehaus.janino.SimpleCompiler;

/** Compiles generated source with Janino: fast to start, no JDK needed; stops at the first error. */
final class JaninoCompiler {

    private JaninoCompiler() {}

    static byte[] compile(ClassSource source, ClassLoader loader) throws CompileFailure {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(loader);
        compiler.setDebuggingInformation(true, true, false);
        try {
            compiler.cook(source.className().replace('.', '/') + ".java", new StringReader(source.text()));
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
        return compiler.getBytecodes().get(source.className());
    }
}
