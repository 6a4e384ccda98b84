package dev.invariants.junit.internal.model;

import dev.invariants.junit.spi.InvariantDefinition;

/**
 * Something wrong with how an invariant is declared, found without running anything.
 *
 * @param definition the invariant concerned
 * @param attribute  the annotation attribute at fault: {@code id}, {@code pre}, {@code post} or {@code raises}
 * @param reason     what is wrong and how to fix it, one sentence
 */
public record DefinitionProblem(InvariantDefinition definition, String attribute, String reason) {

    /**
     * The message users see, naming the annotation's class, member and attribute:
     * {@code @Invariant Account.withdraw#1 on com.acme.Account.withdraw(Account.java:12), attribute `post`: reason}.
     */
    public String message() {
        return "@Invariant " + definition.id() + " on " + definition.location() + ", attribute `" + attribute + "`: "
                + reason;
    }
}
