package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exact text of the session's failure on definition errors. */
class DefinitionFailureTests {

    @Test
    @DisplayName("should count, say what happened to the tests, and list each error indented with its own lines")
    void several() {
        assertThat(DefinitionFailure.message(List.of(
                "@Invariant fee-cap on com.acme.Fees.fee(Fees.java:31), attribute `post`: [result >] does not compile: x",
                "@Invariant no-result on com.acme.Fees.reset(Fees.java:40), attribute `post`: `result` is not available\n"
                        + "    result > 0\n    ^^^^^^")))
                .isEqualTo("""
                        2 invariant definition errors: the tests ran without checking them and kept their own \
                        outcomes; the run fails until they are fixed
                            @Invariant fee-cap on com.acme.Fees.fee(Fees.java:31), attribute `post`: [result >] does not compile: x
                            @Invariant no-result on com.acme.Fees.reset(Fees.java:40), attribute `post`: `result` is not available
                                result > 0
                                ^^^^^^""");
    }

    @Test
    @DisplayName("should speak of one error in the singular")
    void one() {
        assertThat(DefinitionFailure.message(List.of("@Invariant a on A.a(A.java:1), attribute `id`: why")))
                .isEqualTo("1 invariant definition error: the tests ran without checking it and kept their own outcomes; "
                        + "the run fails until it is fixed\n    @Invariant a on A.a(A.java:1), attribute `id`: why");
    }
}
