package dev.invariants.junit.internal.expr;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated source with the JDK's own compiler, in memory: the fallback for what Janino
 * cannot compile (lambdas, generic code). Slower to start, so used only after Janino refused.
 */
final class JavacCompiler {

    private JavacCompiler() {}

    static boolean available() {
        try {
            return ToolProvider.getSystemJavaCompiler() != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static byte[] compile(ClassSource source, ClassLoader loader) throws CompileFailure {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return outputs.computeIfAbsent(className, c -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject file = new SimpleJavaFileObject(
                URI.create("string:///" + source.className().replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.text();
            }
        };
        List<String> options = List.of("-proc:none", "-g", "-nowarn", "-implicit:none", "-classpath", classPath(loader));
        boolean compiled = javac.getTask(null, manager, diagnostics, options, null, List.of(file)).call();
        if (!compiled) {
            List<CompileFailure.Error> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> each : diagnostics.getDiagnostics()) {
                if (each.getKind() == Diagnostic.Kind.ERROR) {
                    // The location javac names is our generated class, which users never see.
                    String message = each.getMessage(Locale.ROOT).replaceAll("\\n\\s*location: [^\\n]*", "");
                    errors.add(new CompileFailure.Error((int) each.getLineNumber(), message));
                }
            }
            throw new CompileFailure(errors);
        }
        ByteArrayOutputStream bytes = outputs.get(source.className());
        return bytes == null ? null : bytes.toByteArray();
    }

    private static String classPath(ClassLoader loader) {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            if (current instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    path(url).ifPresent(entries::add);
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        path(JavacCompiler.class.getProtectionDomain().getCodeSource().getLocation()).ifPresent(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    private static java.util.Optional<String> path(URL url) {
        try {
            return url == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
