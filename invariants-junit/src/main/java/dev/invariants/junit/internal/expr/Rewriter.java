package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.Tokens.Kind;
import dev.invariants.junit.internal.expr.Tokens.Token;
import dev.invariants.junit.internal.weave.ClassInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an invariant expression into code for a static method of the generated class: {@code this}
 * becomes {@code self$}, fields of {@code this} become parameters whose values the call site reads
 * (any visibility; the compiler never sees a private access), unqualified calls are qualified, and
 * each {@code old(expr)} becomes a value captured on entry. Collects, per woven member, the fields
 * and {@code old} values its expressions need.
 */
final class Rewriter {

    /** One rewritten expression. */
    record Expr(String text, boolean usesResult, List<String> fieldsRead, List<Integer> olds) {}

    /** One {@code old(...)} value: its source text, rewritten text, and the invariant it belongs to. */
    record Old(int index, String source, String text, int owner) {}

    /** Reads a field of an instance other than {@code this}; returns the code that does it. */
    interface Peeker {
        String read(ClassInfo.Field field, String target);
    }

    private final Map<ClassInfo.Field, String> fieldParameters = new LinkedHashMap<>();
    private final List<Old> olds = new ArrayList<>();
    private Map<String, String> identifierTypes = Map.of();
    private Peeker peeker;

    /** Names whose static type is known (parameters, {@code result}) by internal name, for {@code other.field}. */
    Rewriter reading(Map<String, String> types, Peeker reader) {
        this.identifierTypes = types;
        this.peeker = reader;
        return this;
    }

    Map<ClassInfo.Field, String> fieldParameters() {
        return fieldParameters;
    }

    List<Old> olds() {
        return olds;
    }

    Expr rewrite(String expression, Scope scope, Set<String> parameters, boolean hasSelf, int owner) {
        String flat = expression.replace('\n', ' ').replace('\r', ' ');
        List<Token> tokens = Tokens.of(flat);
        Set<String> lambdaNames = lambdaParameters(tokens);
        StringBuilder out = new StringBuilder();
        List<String> fieldsRead = new ArrayList<>();
        List<Integer> oldsUsed = new ArrayList<>();
        boolean usesResult = false;
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.IDENTIFIER || (i > 0 && tokens.get(i - 1).is("."))
                    || (i > 0 && tokens.get(i - 1).is("new")) || lambdaNames.contains(token.text())) {
                continue;
            }
            String name = token.text();
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
            String replacement = null;
            int end = token.end();
            if (name.equals("this")) {
                ClassInfo.Field field = i + 2 < tokens.size() && tokens.get(i + 1).is(".")
                        && !(i + 3 < tokens.size() && tokens.get(i + 3).is("(")) ? scope.field(tokens.get(i + 2).text())
                        : null;
                if (field != null) {
                    replacement = fieldParameter(field, fieldsRead);
                    end = tokens.get(i + 2).end();
                    i += 2;
                } else if (hasSelf) {
                    replacement = "self$";
                }
            } else if (name.equals("old") && call) {
                int close = matching(tokens, i + 1);
                if (close > 0) {
                    String inner = flat.substring(tokens.get(i + 1).end(), tokens.get(close).start());
                    Expr rewritten = rewrite(inner, scope, parameters, hasSelf, owner);
                    fieldsRead.addAll(rewritten.fieldsRead());
                    int index = olds.size();
                    olds.add(new Old(index, inner.strip(), rewritten.text(), owner));
                    oldsUsed.add(index);
                    replacement = "o$" + index;
                    end = tokens.get(close).end();
                    i = close;
                }
            } else if (parameters.contains(name) || name.equals("result")) {
                usesResult |= name.equals("result") && !parameters.contains(name);
                ClassInfo.Field other = otherInstanceField(tokens, i, scope);
                if (other == null) {
                    continue;
                }
                replacement = peeker.read(other, name);
                end = tokens.get(i + 2).end();
                i += 2;
            } else if (call) {
                Boolean isStatic = scope.methodIsStatic(name);
                if (isStatic != null) {
                    replacement = isStatic || !hasSelf ? scope.declaringSourceName + "." + name : "self$." + name;
                }
            } else {
                ClassInfo.Field field = scope.field(name);
                if (field != null && (hasSelf || field.isStatic())) {
                    replacement = fieldParameter(field, fieldsRead);
                }
            }
            if (replacement != null) {
                out.append(flat, copied, token.start()).append(replacement);
                copied = end;
            }
        }
        out.append(flat.substring(copied));
        return new Expr(out.toString().strip(), usesResult, fieldsRead, oldsUsed);
    }

    /** {@code other.amount}: a field of the declaring class read on a parameter or result of that class. */
    private ClassInfo.Field otherInstanceField(List<Token> tokens, int i, Scope scope) {
        if (peeker == null || i + 2 >= tokens.size() || !tokens.get(i + 1).is(".")
                || tokens.get(i + 2).kind() != Kind.IDENTIFIER
                || (i + 3 < tokens.size() && tokens.get(i + 3).is("("))) {
            return null;
        }
        String type = identifierTypes.get(tokens.get(i).text());
        ClassInfo.Field field = scope.field(tokens.get(i + 2).text());
        return type != null && field != null && !field.isStatic() && field.owner().equals(type) ? field : null;
    }

    private String fieldParameter(ClassInfo.Field field, List<String> fieldsRead) {
        String parameter = fieldParameters.computeIfAbsent(field, f -> "f$" + fieldParameters.size());
        if (!fieldsRead.contains(field.name() + "=" + parameter)) {
            fieldsRead.add(field.name() + "=" + parameter);
        }
        return parameter;
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Names declared as lambda parameters ({@code x -> ...}, {@code (a, b) -> ...}): never fields. */
    private static Set<String> lambdaParameters(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!(tokens.get(i + 1).is("-") && tokens.get(i + 2).is(">") && tokens.get(i + 2).start() == tokens.get(i + 1).end())) {
                continue;
            }
            Token before = tokens.get(i);
            if (before.kind() == Kind.IDENTIFIER) {
                names.add(before.text());
            } else if (before.is(")")) {
                for (int j = i - 1; j >= 0 && !tokens.get(j).is("("); j--) {
                    if (tokens.get(j).kind() == Kind.IDENTIFIER && (tokens.get(j + 1).is(",") || tokens.get(j + 1).is(")"))) {
                        names.add(tokens.get(j).text());
                    }
                }
            }
        }
        return names;
    }
}
