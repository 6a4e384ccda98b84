package dev.invariants.junit.internal.expr.differential;

import com.sun.source.util.JavacTask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** The JDK's javac on sources in memory, writing classes to memory, against the test classes. */
final class InMemoryJavac {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    /** What javac wrote (nothing when parsing only), and its errors. */
    record Output(Map<String, byte[]> classes, List<Diagnostic<? extends JavaFileObject>> errors, boolean success) {}

    private InMemoryJavac() {}

    static JavaFileObject source(String path, String content) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return content;
            }
        };
    }

    static Output compile(List<JavaFileObject> files) {
        return run(files, false);
    }

    /** Parses only: the syntax errors of each file, which (unlike attribution errors) may spill over to what follows. */
    static Output parse(List<JavaFileObject> files) {
        return run(files, true);
    }

    private static Output run(List<JavaFileObject> files, boolean parseOnly) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return outputs.computeIfAbsent(className, name -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        List<String> options = List.of("-proc:none", "-g", "-nowarn", "-implicit:none", "-Xlint:none", "-Xmaxerrs", "100000",
                "-classpath", testClasses().toString());
        JavacTask task = (JavacTask) JAVAC.getTask(null, manager, diagnostics, options, null, files);
        boolean success;
        try {
            if (parseOnly) {
                task.parse();
                success = true;
            } else {
                success = task.call();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(diagnostic);
            }
        }
        Map<String, byte[]> classes = new HashMap<>();
        outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return new Output(classes, errors, success && errors.isEmpty());
    }

    static String message(Diagnostic<?> diagnostic) {
        return diagnostic.getMessage(Locale.ROOT).replace('\n', ' ');
    }

    static Path testClasses() {
        try {
            return Path.of(Line.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
