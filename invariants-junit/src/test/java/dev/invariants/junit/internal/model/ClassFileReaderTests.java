package dev.invariants.junit.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.invariants.junit.internal.model.ReaderFixtures.Account;
import dev.invariants.junit.internal.model.ReaderFixtures.Broken;
import dev.invariants.junit.internal.model.ReaderFixtures.BrokenType;
import dev.invariants.junit.internal.model.ReaderFixtures.Plain;
import dev.invariants.junit.internal.model.ReaderFixtures.Priced;
import dev.invariants.junit.spi.InvariantDefinition;
import dev.invariants.junit.spi.Kind;
import dev.invariants.junit.spi.Member;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClassFileReaderTests {

    private static final Path FIXTURE_SOURCE =
            Path.of("src/test/java/dev/invariants/junit/internal/model/ReaderFixtures.java");

    @Nested
    @DisplayName("should read")
    class Reading {

        @Test
        @DisplayName("type invariants first, then members in declaration order, with default and explicit ids")
        void idsInOrder() {
            ClassInvariants account = read(Account.class);

            assertThat(account.invariants())
                    .extracting(InvariantDefinition::id, InvariantDefinition::kind, InvariantDefinition::explicitId)
                    .containsExactly(
                            tuple("Account#1", Kind.TYPE, false),
                            tuple("account-owner-set", Kind.TYPE, true),
                            tuple("Account.deposit#1", Kind.METHOD, false),
                            tuple("Account.withdraw#1", Kind.METHOD, false),
                            tuple("Account.withdraw#2", Kind.METHOD, false),
                            tuple("Account.fee#1", Kind.METHOD, false));
            assertThat(account.problems()).isEmpty();
        }

        @Test
        @DisplayName("the attributes, with pre defaulting to true")
        void attributes() {
            List<InvariantDefinition> invariants = read(Account.class).invariants();

            InvariantDefinition owner = invariants.get(1);
            assertThat(owner.pre()).isEqualTo("true");
            assertThat(owner.post()).isEqualTo("owner != null");
            assertThat(owner.description()).isEqualTo("every account has an owner");
            InvariantDefinition withdraw = invariants.get(3);
            assertThat(withdraw.post()).isEmpty();
            assertThat(withdraw.raises())
                    .containsExactly("java.lang.IllegalStateException", "java.lang.ArithmeticException");
        }

        @Test
        @DisplayName("members in report form, with parameter names from the debug information")
        void members() {
            List<InvariantDefinition> invariants = read(Account.class).invariants();

            assertThat(invariants.get(0).member()).isNull();
            assertThat(invariants.get(0).memberSignature()).isNull();
            Member withdrawList = invariants.get(4).member();
            assertThat(withdrawList.signature()).isEqualTo("withdraw(java.util.List,double)");
            assertThat(withdrawList.parameterNames()).containsExactly("amounts", "factor");
            Member fee = invariants.get(5).member();
            assertThat(fee.signature()).isEqualTo(
                    "fee(java.math.BigDecimal,dev.invariants.junit.internal.model.ReaderFixtures$Tier)");
            assertThat(fee.isStatic()).isTrue();
            assertThat(fee.parameterNames()).containsExactly("amount", "tier");
        }

        @Test
        @DisplayName("clickable locations pointing at the member's first line, and at the constructor for a type")
        void locations() {
            List<InvariantDefinition> invariants = read(Account.class).invariants();
            String owner = Account.class.getName();

            assertThat(invariants.get(2).location())
                    .isEqualTo(owner + ".deposit(ReaderFixtures.java:" + lineOf("marker:deposit") + ")");
            assertThat(invariants.get(5).source()).isEqualTo("ReaderFixtures.java:" + lineOf("marker:fee"));
            assertThat(invariants.get(0).location()).as("a type invariant points at the class's constructor")
                    .startsWith(owner + ".<init>(ReaderFixtures.java:")
                    .isEqualTo(owner + ".<init>(ReaderFixtures.java:" + (lineOf("marker:constructor") - 1) + ")");
        }

        @Test
        @DisplayName("abstract interface methods, which have no line")
        void interfaceMethod() {
            InvariantDefinition price = read(Priced.class).invariants().get(0);

            assertThat(price.id()).isEqualTo("price-positive");
            assertThat(price.line()).isZero();
            assertThat(price.source()).isEqualTo("ReaderFixtures.java");
            assertThat(price.member().parameterNames()).as("abstract methods carry no local variable table").isNull();
        }

        @Test
        @DisplayName("nothing from a class without invariants, which the cheap pre-test already rules out")
        void plain() {
            assertThat(ClassFileReader.mentionsInvariant(bytesOf(Plain.class))).isFalse();
            assertThat(ClassFileReader.mentionsInvariant(bytesOf(Account.class))).isTrue();
            assertThat(read(Plain.class).declaresAny()).isFalse();
        }
    }

    @Nested
    @DisplayName("should report as a definition error")
    class Problems {

        @Test
        @DisplayName("a member invariant with neither post nor raises, and a duplicate id")
        void memberProblems() {
            assertThat(read(Broken.class).problems()).extracting(DefinitionProblem::attribute, DefinitionProblem::reason)
                    .containsExactly(
                            tuple("post", "a method or constructor invariant needs `post`, `raises`, or both"),
                            tuple("id", "the id [twice] is declared twice in " + Broken.class.getName()
                                    + ", here and on this same member; ids must be unique in a code base"),
                            tuple("id", "the id [twice] is declared twice in " + Broken.class.getName()
                                    + ", here and on this same member; ids must be unique in a code base"));
        }

        @Test
        @DisplayName("a type invariant with a guard or exceptions, naming class, member and attribute")
        void typeProblems() {
            List<DefinitionProblem> problems = read(BrokenType.class).problems();

            assertThat(problems).extracting(DefinitionProblem::attribute).containsExactly("pre", "raises");
            assertThat(problems.get(0).message()).isEqualTo("@Invariant BrokenType#1 on " + BrokenType.class.getName()
                    + ".<init>(ReaderFixtures.java:" + problems.get(0).definition().line() + "), attribute `pre`: "
                    + "a type invariant must hold after every call, so it takes no guard; move the condition into `post`");
            assertThat(problems.get(0).definition().line()).isPositive();
        }
    }

    private static ClassInvariants read(Class<?> type) {
        return ClassFileReader.read(bytesOf(type));
    }

    private static byte[] bytesOf(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String marker) {
        try {
            List<String> lines = Files.readAllLines(FIXTURE_SOURCE);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("// " + marker)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no marker " + marker + " in " + FIXTURE_SOURCE);
    }
}
