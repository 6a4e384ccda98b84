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
 * Real Maven builds of a tiny Spring Boot application ({@code src/it/spring-boot}), as docs/spring.md describes
 * it, on Boot 3.5 (JUnit 5, Hibernate 6, Jackson 2) and on Boot 4.0 (JUnit 6, Hibernate 7, Jackson 3), showing
 * the six items of issue 22 as decided: entities and a JSON body with type invariants and a framework's protected
 * constructor (item 1), a bean whose check is made while the context starts (2), a Spring Data repository
 * interface with a contract (3), MockMvc tests asserting with {@code andExpect} only (4), a server that turns a
 * violation into an HTTP 500 (5, its own build: it fails the run), a {@code @MockitoBean} (6). One build (and the
 * server's) per version, read by every test below.
 */
@ParameterizedClass(name = "Spring Boot {0}")
@CsvSource({
    "3.5.7, boot-3, junit-jupiter-engine-5.12., hibernate-core-6., jackson-databind-2.",
    "4.0.7, boot-4, junit-jupiter-engine-6.,    hibernate-core-7., jackson-databind-3.",
})
class SpringBootBuildTests {

    private static FixtureBuild.Outcome outcome;
    private static FixtureBuild.Outcome serverOutcome;
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
        // the test whose server swallows a violation, which the ordinary build leaves out: it fails the run
        serverOutcome = build.mvn("test", "-P" + profile, "-Dtest=ServerViolationTests");
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
        assertThat(outcome.output()).contains("Tests run: 7, Failures: 0, Errors: 0, Skipped: 0")
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

    @Test
    @DisplayName("should report a check made while the context started apart, not as coverage a test earned")
    void startUpChecksApart() {
        JsonObject catalog = invariant("catalog-stocked");
        assertThat(catalog.get("status").getAsString()).isEqualTo("checked");
        assertThat(catalog.getAsJsonObject("checkedBy").get("outsideTests").getAsBoolean()).isTrue();
        assertThat(catalog.getAsJsonObject("checkedBy").get("writtenTests").getAsBoolean()).isFalse();
        assertThat(strings(catalog, "containers")).containsExactlyInAnyOrder(
                "[engine:junit-jupiter]/[class:com.example.shop.OrderControllerTests]",
                "[engine:junit-jupiter]/[class:com.example.shop.OrderPaymentTests]",
                "[engine:junit-jupiter]/[class:com.example.shop.ShopApplicationTests]");
        assertThat(report.getAsJsonObject("summary").get("checkedOnlyOutsideTests").getAsInt()).isEqualTo(1);
        assertThat(outcome.output()).contains("[invariants] checked only outside test methods, in class set-up; the gate"
                + " counts them only with invariants.gate.count-outside-tests=true (1):\n"
                + "    catalog-stocked at com.example.shop.Catalog.<init>(Catalog.java:14) in set-up of ");
    }

    @Test
    @DisplayName("should name the test a @MockitoBean stood in for, not its class, on a contract only the mock met")
    void mockedAway() {
        JsonObject charge = invariant("charge-accepted");
        assertThat(charge.get("status").getAsString()).isEqualTo("unchecked");
        assertThat(strings(charge, "mockedIn")).containsExactly(
                "[engine:junit-jupiter]/[class:com.example.shop.OrderPaymentTests]/[method:refusesAnOrderTheGatewayDeclines()]");
        assertThat(charge.getAsJsonArray("signals").get(0).getAsJsonObject().get("message").getAsString())
                .isEqualTo("mocked in OrderPaymentTests.refusesAnOrderTheGatewayDeclines()");
    }

    @Test
    @DisplayName("should fail the build for a violation the server turned into an HTTP 500, naming the invariant, the test and the values")
    void swallowedByTheServer() {
        assertThat(serverOutcome.exitCode()).as(serverOutcome.output()).isNotZero();
        assertThat(serverOutcome.output()).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
                .contains("[ERROR] 1 invariant violation was swallowed: the code under test caught it (a server answering"
                        + " 500, a catch (Throwable), a future) and nothing failed; the run fails"
                        + " (invariants.violations.swallowed=warn makes this a warning)\n"
                        + "[ERROR]     form-complete in ServerViolationTests.answersABlankStatus():\n"
                        + "[ERROR]         Invariant [form-complete] violated: type invariant does not hold after getStatus()\n"
                        + "[ERROR]           at com.example.shop.OrderForm.getStatus(OrderForm.java:16)\n"
                        + "[ERROR]           expected: status != null && !status.isBlank() && amount >= 0\n"
                        + "[ERROR]           values:\n"
                        + "[ERROR]             status = [\" \"]\n"
                        + "[ERROR]             amount = [3]")
                .contains("BUILD FAILURE");
        // listed first in the console, right under the summary line
        assertThat(serverOutcome.output()).contains(" over 1 test\n[invariants] violations swallowed by the code under test,"
                + " nothing failed for them (1):\n    form-complete in ServerViolationTests.answersABlankStatus():\n");
    }
}
