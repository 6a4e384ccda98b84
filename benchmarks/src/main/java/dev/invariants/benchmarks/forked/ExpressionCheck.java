package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Proves the generated suites' expressions are Java: copies every generated domain source with, for
 * each {@code @Invariant}, a private method that holds its {@code pre} and {@code post} as javac would
 * see them in that class (the member's parameters in scope, {@code result} of the member's return
 * type, each {@code old(e)} a {@code var} initialised with {@code e}, so of {@code e}'s static type),
 * and compiles the copies with javac. A suite whose expressions javac rejects, or that leave the
 * intended static type (a {@code post} that is not {@code boolean}), fails here, not in a measurement.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.invariants.benchmarks.forked.ExpressionCheck [classes]} (both suites; 300 classes by default).
 */
public final class ExpressionCheck {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(id|pre|post) = \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern MEMBER = Pattern.compile(
            "^\\s*(?:public\\s+|protected\\s+|private\\s+)?(?:static\\s+)?(.+?)\\s+(\\w+)\\((.*)\\)\\s*[{;]\\s*$");
    private static final Pattern TYPE = Pattern.compile("^\\s*public\\s+(?:final\\s+)?(?:class|interface|record)\\s+.*");

    private ExpressionCheck() {}

    public static void main(String[] args) throws IOException {
        int classes = args.length > 0 ? Integer.parseInt(args[0]) : RichSuiteGenerator.CLASSES;
        Classpath cp = Classpath.load();
        Path api = cp.jar("invariants-api");
        Path dir = cp.root().resolve("benchmarks/target/expression-check");
        WholeSuite.delete(dir);
        int invariants = 0;
        invariants += check(RichSuiteGenerator.generate(dir.resolve("rich"), classes, RichSuiteGenerator.TESTS_PER_CLASS,
                api, api, api), dir.resolve("rich"), api);
        invariants += check(SuiteGenerator.generate(dir.resolve("basic"), classes, WholeSuite.TESTS_PER_CLASS, api, api, api),
                dir.resolve("basic"), api);
        System.out.println("javac compiled the expressions of all " + invariants + " invariants of both suites ("
                + classes + " classes each) in their classes' context");
    }

    private static int check(GeneratedSuite suite, Path project, Path api) throws IOException {
        Path shadow = project.resolve("shadow");
        List<String> files = new ArrayList<>();
        int invariants = 0;
        try (Stream<Path> sources = Files.walk(project.resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> shadowMethods = new ArrayList<>();
                String text = Files.readString(source);
                invariants += shadows(text, shadowMethods);
                int end = text.lastIndexOf('}');
                String copied = text.substring(0, end) + String.join("", shadowMethods) + "}\n";
                Path out = shadow.resolve(project.resolve("src/main/java").relativize(source));
                Files.createDirectories(out.getParent());
                Files.writeString(out, copied);
                files.add(out.toString());
            }
        }
        if (invariants != suite.invariants()) {
            throw new IllegalStateException(project + ": found " + invariants + " invariants, the generator counted "
                    + suite.invariants());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no javac in this JVM: run it on a JDK");
        }
        List<String> options = List.of("-proc:none", "-Xlint:none", "-Xmaxerrs", "20", "--release", "17", "-cp",
                api.toString(), "-d", project.resolve("shadow-classes").toString());
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(errors, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromStrings(files)).call();
            if (!compiled) {
                throw new IllegalStateException("javac rejected expressions of " + project + ":\n" + errors);
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d invariants over %d annotated types, all compiled by javac%n",
                suite.rootPackage(), invariants, suite.annotatedClasses().size());
        return invariants;
    }

    /** Adds one shadow method per {@code @Invariant} of the source; returns how many. */
    private static int shadows(String source, List<String> methods) {
        List<String> pending = new ArrayList<>();
        int count = 0;
        for (String line : source.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("@Invariant(")) {
                pending.add(trimmed);
                continue;
            }
            if (pending.isEmpty() || trimmed.startsWith("@")) {
                continue;
            }
            Matcher member = MEMBER.matcher(line);
            boolean type = TYPE.matcher(line).matches();
            if (!type && !member.matches()) {
                throw new IllegalStateException("an @Invariant before neither a type nor a member: " + line);
            }
            for (String annotation : pending) {
                methods.add(type ? typeShadow(annotation, count) : memberShadow(annotation, member, count));
                count++;
            }
            pending.clear();
        }
        return count;
    }

    private static String typeShadow(String annotation, int n) {
        return "\n    private boolean shadow$" + n + "() {\n        return " + attribute(annotation, "post", "true") + ";\n    }\n";
    }

    private static String memberShadow(String annotation, Matcher member, int n) {
        String returnType = member.group(1);
        String name = member.group(2);
        String parameters = member.group(3);
        List<String> olds = new ArrayList<>();
        String pre = replaceOld(attribute(annotation, "pre", "true"), olds);
        String post = replaceOld(attribute(annotation, "post", "true"), olds);
        StringBuilder out = new StringBuilder("\n    private void shadow$").append(n).append('(').append(parameters)
                .append(") {\n");
        for (int k = 0; k < olds.size(); k++) {
            out.append("        var old$").append(k).append(" = (").append(olds.get(k)).append(");\n");
        }
        out.append("        boolean pre$ = ").append(pre).append(";\n");
        String call = name + "(" + String.join(", ", parameterNames(parameters)) + ")";
        out.append("        ").append(returnType.equals("void") ? call : returnType + " result = " + call).append(";\n");
        out.append("        boolean post$ = ").append(post).append(";\n    }\n");
        return out.toString();
    }

    private static String attribute(String annotation, String name, String absent) {
        Matcher m = ATTRIBUTE.matcher(annotation);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2).replace("\\\"", "\"");
            }
        }
        return absent;
    }

    /** {@code old(e)} (not {@code x.old(e)}, not {@code bold(e)}) becomes {@code old$k}; {@code e} is kept. */
    static String replaceOld(String expression, List<String> olds) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            boolean atOld = expression.startsWith("old(", i)
                    && (i == 0 || !(Character.isJavaIdentifierPart(expression.charAt(i - 1)) || expression.charAt(i - 1) == '.'));
            if (!atOld) {
                out.append(expression.charAt(i++));
                continue;
            }
            int depth = 0;
            int j = i + 3;
            do {
                char c = expression.charAt(j);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                j++;
            } while (depth > 0);
            olds.add(expression.substring(i + 4, j - 1));
            out.append("old$").append(olds.size() - 1);
            i = j;
        }
        return out.toString();
    }

    private static List<String> parameterNames(String parameters) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= parameters.length(); i++) {
            char c = i < parameters.length() ? parameters.charAt(i) : ',';
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                String parameter = parameters.substring(start, i).trim();
                if (!parameter.isEmpty()) {
                    names.add(parameter.substring(parameter.lastIndexOf(' ') + 1));
                }
                start = i + 1;
            }
        }
        return names;
    }
}
