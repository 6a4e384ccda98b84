package dev.invariants.junit.internal.expr.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The oracle: javac compiles each expression as {@code return (expression);} in a method of the same
 * signature appended to its context's fixture, recompiled from its source so that the expression sees
 * exactly what it sees in ours (parameters, {@code this}, private members, the fixture's imports). Each
 * expression is first parsed in a file of its own (a syntax error can spill over to what follows it);
 * the rest go into one compilation, where an error stays in its method, and those javac rejects there
 * are set aside until the rest compiles.
 */
final class JavacSide implements Side {

    private static final String PACKAGE_PATH = JavacSide.class.getPackageName().replace('.', '/');

    private final Map<Class<?>, String> sources = new HashMap<>();
    private ClassLoader loader;
    private int compilations;

    @Override
    public String name() {
        return "javac";
    }

    @Override
    public Class<?> purse() {
        return twin(Purse.class);
    }

    int compilations() {
        return compilations;
    }

    @Override
    public Map<Case, Compiled> compile(List<Case> cases) {
        Map<Case, Integer> ids = new IdentityHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            ids.put(cases.get(i), i);
        }
        Map<Case, String> rejected = syntaxErrors(cases, ids);
        List<Case> accepted = new ArrayList<>(cases);
        accepted.removeAll(rejected.keySet());
        Result result = settle(accepted, rejected, ids);
        loader = new MemoryLoader(JavacSide.class.getClassLoader(), result.classes);
        Map<Case, Compiled> compiled = new IdentityHashMap<>();
        for (Case each : cases) {
            String rejection = rejected.get(each);
            compiled.put(each, rejection != null ? Compiled.rejected(rejection) : Compiled.of(handle(each, ids.get(each))));
        }
        return compiled;
    }

    /** Compiles {@code accepted}, moving what javac rejects to {@code rejected}, until the rest compiles. */
    private Result settle(List<Case> accepted, Map<Case, String> rejected, Map<Case, Integer> ids) {
        while (true) {
            Result result = javac(accepted, ids);
            if (result.errors.isEmpty()) {
                return result;
            }
            result.errors.forEach((rejection, message) -> rejected.merge(rejection, message, (a, b) -> a + "; " + b));
            accepted.removeAll(result.errors.keySet());
        }
    }

    private MethodHandle handle(Case each, int id) {
        Method context = Contexts.method(each.context());
        Class<?>[] parameters = context.getParameterTypes().clone();
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = twin(parameters[i]);
        }
        Class<?> owner = twin(context.getDeclaringClass());
        MethodType type = MethodType.methodType(Object.class, parameters);
        try {
            return Contexts.isStatic(context) ? MethodHandles.publicLookup().findStatic(owner, "__e" + id, type)
                    : MethodHandles.publicLookup().findVirtual(owner, "__e" + id, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("javac's method for " + each + " is missing", e);
        }
    }

    private Class<?> twin(Class<?> type) {
        if (loader == null || !Contexts.FIXTURES.contains(type)) {
            return type;
        }
        try {
            return loader.loadClass(type.getName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cases javac cannot parse, each parsed in a file of its own so that no error spills over to another. */
    /** The cases javac cannot parse, with its messages. */
    Map<Case, String> syntaxErrors(List<Case> cases) {
        Map<Case, Integer> ids = new IdentityHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            ids.put(cases.get(i), i);
        }
        return syntaxErrors(cases, ids);
    }

    private Map<Case, String> syntaxErrors(List<Case> cases, Map<Case, Integer> ids) {
        compilations++;
        List<JavaFileObject> files = new ArrayList<>();
        Map<JavaFileObject, Case> byFile = new IdentityHashMap<>();
        for (Case each : cases) {
            String name = "P" + ids.get(each);
            JavaFileObject file = InMemoryJavac.source(name + ".java", "class " + name + " { Object m() { return (\n"
                    + each.expression() + "\n);}}\n");
            files.add(file);
            byFile.put(file, each);
        }
        Map<Case, String> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : InMemoryJavac.parse(files).errors()) {
            Case at = byFile.get(diagnostic.getSource());
            if (at == null) {
                throw new IllegalStateException("javac cannot parse: " + diagnostic);
            }
            errors.merge(at, "[syntax] " + InMemoryJavac.message(diagnostic), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private Result javac(List<Case> cases, Map<Case, Integer> ids) {
        compilations++;
        Map<Class<?>, Unit> units = new LinkedHashMap<>();
        for (Class<?> fixture : Contexts.FIXTURES) {
            units.put(fixture, new Unit(fixture, source(fixture)));
        }
        for (Case each : cases) {
            Method context = Contexts.method(each.context());
            units.get(context.getDeclaringClass()).add(each, ids.get(each), context);
        }
        List<JavaFileObject> files = new ArrayList<>();
        Map<JavaFileObject, Unit> byFile = new IdentityHashMap<>();
        for (Unit unit : units.values()) {
            JavaFileObject file = unit.file();
            files.add(file);
            byFile.put(file, unit);
        }
        InMemoryJavac.Output output = InMemoryJavac.compile(files);
        Map<Case, String> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : output.errors()) {
            Unit unit = byFile.get(diagnostic.getSource());
            Case at = unit == null ? null : unit.caseAt(diagnostic.getLineNumber());
            if (at == null) {
                throw new IllegalStateException("javac rejects the fixtures themselves: " + diagnostic);
            }
            errors.merge(at, InMemoryJavac.message(diagnostic), (a, b) -> a + "; " + b);
        }
        if (!output.success() && errors.isEmpty()) {
            throw new IllegalStateException("javac failed without an error");
        }
        return new Result(output.classes(), errors);
    }

    private String source(Class<?> fixture) {
        return sources.computeIfAbsent(fixture, type -> {
            Path path = InMemoryJavac.testClasses().getParent().getParent().resolve("src/test/java").resolve(PACKAGE_PATH).resolve(type.getSimpleName() + ".java");
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new UncheckedIOException("the javac side recompiles the fixtures from their source", e);
            }
        });
    }

    private record Result(Map<String, byte[]> classes, Map<Case, String> errors) {}

    /** One fixture's source with the expressions' methods written before its closing brace, each on its own lines. */
    private static final class Unit {

        private final Class<?> fixture;
        private final StringBuilder text;
        private final Map<Long, Case> byLine = new HashMap<>();
        private long line;

        Unit(Class<?> fixture, String source) {
            this.fixture = fixture;
            String head = source.substring(0, source.lastIndexOf('}'));
            this.text = new StringBuilder(head);
            this.line = head.chars().filter(c -> c == '\n').count() + 1;
        }

        void add(Case each, int id, Method context) {
            String modifiers = Contexts.isStatic(context) ? "public static" : "public";
            text.append("\n    ").append(modifiers).append(" Object __e").append(id).append('(')
                    .append(Contexts.sourceParameters(context)).append(") { return (\n");
            text.append(each.expression()).append("\n);}");
            byLine.put(line + 1, each);
            byLine.put(line + 2, each);
            byLine.put(line + 3, each);
            line += 3;
        }

        Case caseAt(long number) {
            return byLine.get(number);
        }

        JavaFileObject file() {
            return InMemoryJavac.source(PACKAGE_PATH + "/" + fixture.getSimpleName() + ".java", text + "\n}\n");
        }
    }
}
