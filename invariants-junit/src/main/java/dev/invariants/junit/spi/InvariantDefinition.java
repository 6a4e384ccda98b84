package dev.invariants.junit.spi;

import java.util.List;

/**
 * One {@code @Invariant} as declared, with everything a message or a report shows about it.
 *
 * @param id          the explicit id, or the default {@code SimpleClassName.member#n}
 * @param explicitId  whether {@code id} was written in the annotation
 * @param kind        method, constructor or type
 * @param owner       the binary name of the declaring class
 * @param member      the declaring member, {@code null} for a type invariant
 * @param sourceFile  e.g. {@code FeeCalculator.java}; {@code null} when the class has no source attribute
 * @param line        the line a location points at, 0 when unknown
 * @param pre         the guard expression
 * @param post        the postcondition, empty for none
 * @param raises      binary names of the exception types listed in {@code raises}
 * @param description free text, empty for none
 */
public record InvariantDefinition(String id, boolean explicitId, Kind kind, String owner, Member member,
        String sourceFile, int line, String pre, String post, List<String> raises, String description) {

    public InvariantDefinition {
        raises = List.copyOf(raises);
    }

    /** The member in report form, {@code null} for a type invariant. */
    public String memberSignature() {
        return member == null ? null : member.signature();
    }

    /** {@code FeeCalculator.java:31}, or just the file when the line is unknown. */
    public String source() {
        String file = sourceFile == null ? simpleOwnerName() + ".java" : sourceFile;
        return line > 0 ? file + ":" + line : file;
    }

    /**
     * The location an IDE or a build log turns into a link, in stack-trace form:
     * {@code com.acme.FeeCalculator.calculateFee(FeeCalculator.java:31)}. A type invariant points at
     * the class's first constructor or method.
     */
    public String location() {
        String name = member == null ? "<init>" : member.name();
        return owner + "." + name + "(" + source() + ")";
    }

    private String simpleOwnerName() {
        String name = owner.substring(owner.lastIndexOf('.') + 1);
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
