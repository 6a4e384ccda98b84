package dev.invariants.junit.internal.expr.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node.Binary;
import dev.invariants.junit.spi.syntax.Node.Call;
import dev.invariants.junit.spi.syntax.Node.Cast;
import dev.invariants.junit.spi.syntax.Node.ClassLiteral;
import dev.invariants.junit.spi.syntax.Node.InstanceOf;
import dev.invariants.junit.spi.syntax.Node.Lambda;
import dev.invariants.junit.spi.syntax.Node.Literal;
import dev.invariants.junit.spi.syntax.Node.MethodRef;
import dev.invariants.junit.spi.syntax.Node.New;
import dev.invariants.junit.spi.syntax.Node.NewArray;
import dev.invariants.junit.spi.syntax.Node.Parameter;
import dev.invariants.junit.spi.syntax.Node.Select;
import dev.invariants.junit.spi.syntax.Node.This;
import dev.invariants.junit.spi.syntax.Node.TypeRef;
import dev.invariants.junit.spi.syntax.Node.Unary;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParserPositionsTests {

    /** Written with one space after each comma, so that a type's text is what TreeShape writes for it. */
    private static final List<String> SAMPLES = List.of(
            "a + b * (c - d) / e",
            "result == old(balance) - amount && balance >= 0",
            "x instanceof Foo f && f.ok() ? -1 : ~y",
            "(int) -b + (a) - b",
            "(List<String>) x != null",
            "(Map<String, List<Integer>>) m",
            "items.stream().allMatch(x -> x.price() > 0)",
            "(String s, int i) -> s.length() > i",
            "Collections.<String>emptyList().isEmpty()",
            "this.<T, U>m(a, b)",
            "Line::cents",
            "List<String>::size",
            "int[]::new",
            "Outer.this.x.length",
            "String[].class.getName() != java.util.List.class.getName()",
            "new HashMap<String, Integer>(n).getOrDefault(k, 0) + 1",
            "new int[n][m + 1][]",
            "new int[][] {{1, 2}, {3}}",
            "a[i][j].b(c)[0]",
            "!(x instanceof List<? extends Number> l) || l.isEmpty()",
            "-2147483648 < x && x < 9223372036854775807L",
            "\"a\\tb\" + 'c' + 1.5f + 0x1F",
            "flag ? x -> 1 : (y) -> 2");

    @Test
    @DisplayName("should give every node the span of its own text: that text parses to the same tree")
    void everyNodeReparses() throws ExpressionError {
        int checked = 0;
        for (String text : SAMPLES) {
            for (Node node : TreeShape.all(Parser.parse(text))) {
                if (node instanceof Literal literal && literal.negatedMinimum()) {
                    continue;
                }
                String span = text.substring(node.start(), node.end());
                if (node instanceof NewArray nested && span.startsWith("{")) {
                    // A nested initializer is written without its type: give it back to reparse it.
                    span = "new " + TreeShape.type(nested.type()) + " " + span;
                }
                assertThat(TreeShape.of(span)).as("%s in [%s]", span, text).isEqualTo(TreeShape.of(node));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(120);
    }

    @Test
    @DisplayName("should point operators and member names at what was written")
    void operatorsAndNames() throws ExpressionError {
        int checked = 0;
        for (String text : SAMPLES) {
            for (Node node : TreeShape.all(Parser.parse(text))) {
                if (node instanceof Binary binary) {
                    assertThat(text.startsWith(binary.operator(), binary.operatorStart())).as(text).isTrue();
                    assertThat(binary.operatorStart()).isBetween(binary.left().end(), binary.right().start());
                    checked++;
                } else if (node instanceof Select select) {
                    assertThat(text.substring(select.nameStart(), select.end())).isEqualTo(select.name());
                    checked++;
                } else if (node instanceof Call call) {
                    assertThat(text.startsWith(call.name() + "(", call.nameStart())).as(text).isTrue();
                    checked++;
                } else if (node instanceof Unary unary) {
                    assertThat(text.startsWith(unary.operator(), unary.start())).as(text).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    @DisplayName("should give every type and lambda parameter the span of its own text")
    void typesAndParameters() throws ExpressionError {
        List<String> seen = new ArrayList<>();
        for (String text : SAMPLES) {
            for (Node node : TreeShape.all(Parser.parse(text))) {
                for (TypeRef type : types(node)) {
                    assertThat(text.substring(type.start(), type.end())).as(text).isEqualTo(TreeShape.type(type));
                    seen.add(TreeShape.type(type));
                }
                if (node instanceof Lambda lambda) {
                    for (Parameter parameter : lambda.parameters()) {
                        String written = parameter.type() == null ? parameter.name()
                                : TreeShape.type(parameter.type()) + " " + parameter.name();
                        assertThat(text.substring(parameter.start(), parameter.end())).isEqualTo(written);
                        seen.add(written);
                    }
                }
            }
        }
        assertThat(seen).contains("Map<String, List<Integer>>", "List<Integer>", "? extends Number", "String s",
                "int[]", "Outer", "T", "U", "String[]", "java.util.List", "HashMap<String, Integer>");
    }

    @Test
    @DisplayName("should span a sized array creation from new to its last bracket, its type from the element type")
    void arrayCreation() throws ExpressionError {
        String text = "new int[n][m + 1][]";
        NewArray array = (NewArray) Parser.parse(text);
        assertThat(text.substring(array.start(), array.end())).isEqualTo(text);
        assertThat(text.substring(array.type().start(), array.type().end())).isEqualTo("int[n][m + 1][]");
        assertThat(array.type().dimensions()).isEqualTo(3);
    }

    /** The types a node holds directly, with their arguments and bounds. */
    private static List<TypeRef> types(Node node) {
        List<TypeRef> direct = new ArrayList<>();
        if (node instanceof Cast cast) {
            direct.add(cast.type());
        } else if (node instanceof InstanceOf test) {
            direct.add(test.type());
        } else if (node instanceof New created) {
            direct.add(created.type());
        } else if (node instanceof ClassLiteral literal) {
            direct.add(literal.type());
        } else if (node instanceof This self && self.qualifier() != null) {
            direct.add(self.qualifier());
        } else if (node instanceof MethodRef reference && reference.type() != null) {
            direct.add(reference.type());
        } else if (node instanceof Call call) {
            direct.addAll(call.typeArguments());
        }
        List<TypeRef> all = new ArrayList<>();
        for (TypeRef type : direct) {
            addWithParts(type, all);
        }
        return all;
    }

    private static void addWithParts(TypeRef type, List<TypeRef> all) {
        all.add(type);
        type.arguments().forEach(argument -> addWithParts(argument, all));
        if (type.bound() != null) {
            addWithParts(type.bound(), all);
        }
    }
}
