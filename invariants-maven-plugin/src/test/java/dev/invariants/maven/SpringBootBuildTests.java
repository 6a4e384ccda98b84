package dev.invariants.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real Maven build of a tiny Spring Boot application ({@code src/it/spring-boot}: Spring Data JPA over H2,
 * entities with type invariants and JPA's protected constructor, a repository interface with a contract,
 * MockMvc tests asserting with {@code andExpect} only), as docs/spring.md describes it, on Boot 3.5 (JUnit 5,
 * Hibernate 6) and on Boot 4.0 (JUnit 6, Hibernate 7). One build per version, read by every test below.
 */
@ParameterizedClass(name = "Spring Boot {0}")
@CsvSource({
    "3.5.7, boot-3, junit-jupiter-engine-5.12., hibernate-core-6., jackson-databind-2.",
    "4.0.7, boot-4, junit-jupiter-engine-6.,    hibernate-core-7., jackson-databind-3.",
})
class SpringBootBuildTests {

    private static FixtureBuild.Outcome outcome;
    private static JsonObject report;
    private static String testClassPath;

    @Parameter(0)
    String bootVersion;

    @Parameter(1)
    String profile;

    @Parameter(2)
    String junitJar;

    @Parameter(3)
    String hibernateJar;

    @Parameter(4)
    String jacksonJar;

    @BeforeParameterizedClassInvocation
    static void build(String bootVersion, String profile) throws Exception {
        FixtureBuild build = FixtureBuild.copy("spring-boot", Map.of("spring-boot.version", bootVersion));
        outcome = build.mvn("test", "-P" + profile);
        report = JsonParser.parseString(Files.readString(build.dir().resolve("target/invariants/invariants.json")))
                .getAsJsonObject();
        testClassPath = Files.readString(build.dir().resolve("target/surefire-reports/TEST-com.example.shop.ShopApplicationTests.xml"));
    }

    @Test
    @DisplayName("should have run the JUnit, Hibernate and Jackson that this Boot version manages")
    void versions() {
        assertThat(testClassPath).as("Surefire's record of the test class path of Boot %s (-P%s)", bootVersion, profile)
                .contains(junitJar).contains(hibernateJar).contains(jacksonJar);
    }

    private static JsonObject invariant(String id) {
        return stream("invariants").filter(i -> i.get("id").getAsString().equals(id)).findFirst().orElseThrow();
    }

    private static JsonObject test(String name) {
        return stream("tests").filter(t -> t.get("name").getAsString().equals(name)).findFirst().orElseThrow();
    }

    private static Stream<JsonObject> stream(String field) {
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
        assertThat(outcome.output()).contains("Tests run: 6, Failures: 0, Errors: 0, Skipped: 0")
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
    @DisplayName("should check a JSON body Jackson filled in at its first public method, not after its protected constructor")
    void jacksonBody() {
        assertThat(outcome.output()).doesNotContain("after new OrderForm()");
        JsonObject form = invariant("form-complete");
        assertThat(form.get("status").getAsString()).isEqualTo("checked");
        assertThat(form.getAsJsonObject("counts").get("violated").getAsLong()).isZero();
        assertThat(strings(test("placesAnOrderFromJson()"), "invariants")).contains("form-complete");
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
