package dev.invariants.junit.internal.runtime;

import dev.invariants.junit.spi.InvariantDefinition;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One factory per kind of violation. Every message has the same shape: a headline with the id and
 * what failed, the location as a stack-trace line (IDEs link it), then the expression and the values
 * it was evaluated with, each in brackets.
 */
public final class ViolationMessages {

    private ViolationMessages() {}

    /** {@code pre} was false and preconditions are enforced. */
    public static String pre(InvariantDefinition definition, Object[] values) {
        return headline(definition, "pre does not hold (invariants.preconditions=enforce)")
                + line("expected", definition.pre()) + details(definition, values, false);
    }

    /** {@code post} was false on normal return. */
    public static String post(InvariantDefinition definition, Object[] values) {
        return headline(definition, "post does not hold") + line("expected", definition.post())
                + details(definition, values, true);
    }

    /** {@code raises} was declared and {@code pre} held, but the call returned normally. */
    public static String returnedNormally(InvariantDefinition definition, Object[] values) {
        return headline(definition, "expected the call to throw " + raises(definition) + " but it returned normally")
                + details(definition, values, true);
    }

    /** {@code raises} was declared and {@code pre} held, but the call threw something else. */
    public static String raisedOther(InvariantDefinition definition, Throwable thrown, Object[] values) {
        return headline(definition, "expected the call to throw " + raises(definition) + " but it threw "
                + thrown.getClass().getName()) + line("thrown", ValueText.format(thrown.getMessage()))
                + details(definition, values, true);
    }

    /**
     * A type invariant was false after a constructor or a public call, which may have thrown. {@code after} is
     * the call, then, after a line break, the location of the member after which it broke, where the message
     * points (the member a stack trace would show, not the class's first constructor).
     */
    public static String type(InvariantDefinition definition, String after, Throwable thrown, Object[] values) {
        int lineBreak = after.indexOf('\n');
        String call = lineBreak < 0 ? after : after.substring(0, lineBreak);
        String location = lineBreak < 0 ? definition.location() : after.substring(lineBreak + 1);
        String what = "type invariant does not hold after " + call
                + (thrown == null ? "" : " threw " + thrown.getClass().getName());
        return "Invariant [" + definition.id() + "] violated: " + what + "\n  at " + location
                + line("expected", definition.post()) + details(definition, values, false);
    }

    /**
     * Evaluating an expression threw, so the invariant is broken: not a violation (the call goes on), but
     * told the same way, with the test it happened in, the values, and what to write for the common cause.
     */
    public static String threw(InvariantDefinition definition, String attribute, Throwable thrown, String test,
            Object[] values) {
        String expression = "pre".equals(attribute) ? definition.pre() : definition.post();
        StringBuilder message = new StringBuilder("@Invariant " + definition.id() + " on " + definition.location()
                + ", attribute `" + attribute + "`: evaluating [" + expression + "] threw " + thrown);
        if (test != null) {
            message.append("\n  in test: ").append(test);
        }
        message.append(valueLines(values));
        if (thrown instanceof NullPointerException) {
            message.append("\n  hint: a value it dereferences was null; guard the expression, e.g. `x != null && x.size() > 0`,"
                    + " or say in `pre` that it is not null");
        }
        return message.toString();
    }

    private static String headline(InvariantDefinition definition, String what) {
        return "Invariant [" + definition.id() + "] violated: " + what + "\n  at " + definition.location();
    }

    private static String details(InvariantDefinition definition, Object[] values, boolean withPre) {
        StringBuilder result = new StringBuilder();
        if (withPre && !"true".equals(definition.pre().strip())) {
            result.append(line("when", definition.pre()));
        }
        result.append(valueLines(values));
        if (!definition.description().isBlank()) {
            result.append(line("description", definition.description()));
        }
        return result.toString();
    }

    private static String valueLines(Object[] values) {
        StringBuilder result = new StringBuilder();
        if (values.length > 0) {
            result.append("\n  values:");
            for (int i = 0; i + 1 < values.length; i += 2) {
                result.append("\n    ").append(values[i]).append(" = ").append(ValueText.format(values[i + 1]));
            }
        }
        return result.toString();
    }

    private static String line(String label, String text) {
        return "\n  " + label + ": " + text;
    }

    private static String raises(InvariantDefinition definition) {
        List<String> names = definition.raises().stream()
                .map(name -> name.substring(name.lastIndexOf('.') + 1).replace('$', '.')).toList();
        return names.size() == 1 ? names.get(0) : "one of " + names.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
