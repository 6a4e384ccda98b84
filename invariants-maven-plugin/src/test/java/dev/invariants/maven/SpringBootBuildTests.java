package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A real Maven build of a tiny Spring Boot 3.5 application ({@code src/it/spring-boot}: Spring Data JPA over H2,
 * entities with type invariants and JPA's protected constructor, a repository interface with a contract,
 * MockMvc tests asserting with {@code andExpect} only), as docs/spring.md describes it. One build, read by
 * every test below.
 */
class SpringBootBuildTests {

    private static FixtureBuild.Outcome outcome;
    private static JsonObject report;

    @BeforeAll
    static void build() throws Exception {
        FixtureBuild build = FixtureBuild.copy("spring-boot");
        outcome = build.mvn("test");
        report = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
    }

    private static JsonObject invariant(String id) {
        return stream("invariants").filter(i -> i.get("id").getAsString().equals(id)).findFirst().orElseThrow();
    }

    private static JsonObject test(String name) {
        return stream("tests").filter(t -> t.get("name").getAsString().equals(name)).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<JsonObject> stream(String field) {
        return StreamSupport.stream(report.getAsJsonArray(field).spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    private static List<String> strings(JsonObject object, String field) {
        return StreamSupport.stream(object.getAsJsonArray(field).spliterator(), false).map(JsonElement::getAsString)
                .toList();
    }

    @Test
    @DisplayName("should start the context with entity invariants: no violation after Hibernate's protected constructor")
    void contextStarts() {
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("Tests run: 5, Failures: 0, Errors: 0, Skipped: 0")
                .doesNotContain("violated: type invariant does not hold after new Customer()")
                .doesNotContain("NullPointerException");
        assertThat(invariant("order-has-status").get("status").getAsString()).isEqualTo("checked");
        assertThat(report.getAsJsonObject("summary").get("broken").getAsInt()).isZero();
    }

    @Test
    @DisplayName("should check an entity Hibernate filled in at its first public method, in the test that loaded it")
    void loadedEntity() {
        JsonObject customer = invariant("customer-named");
        assertThat(customer.get("status").getAsString()).isEqualTo("checked");
        assertThat(strings(test("loadsACustomerHibernateFilledIn()"), "invariants")).contains("customer-named");
    }

    @Test
    @DisplayName("should count MockMvc's andExpect as assertions: such tests are not vacuous")
    void mockMvc() {
        assertThat(test("rejectsANegativeAmount()").get("assertions").getAsLong()).isEqualTo(1);
        assertThat(test("countsOrdersByStatus()").get("assertions").getAsLong()).isEqualTo(3);
        assertThat(stream("tests").filter(t -> t.get("vacuous").getAsBoolean()).map(t -> t.get("name").getAsString()))
                .containsExactly("contextLoads()");
    }

    @Test
    @DisplayName("should check the repository interface's contract on Spring Data's JDK proxy, in the tests that called it")
    void repositoryContract() {
        JsonObject contract = invariant("orders-by-status");
        assertThat(contract.get("status").getAsString()).isEqualTo("checked");
        assertThat(contract.getAsJsonObject("counts").get("passed").getAsLong()).isEqualTo(2);
        assertThat(strings(test("findsOrdersByStatus()"), "invariants")).contains("orders-by-status");
        assertThat(strings(test("countsOrdersByStatus()"), "invariants")).contains("orders-by-status");
    }
}
