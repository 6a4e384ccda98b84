package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Maven project of {@code classes} annotated domain classes (three method invariants, one
 * with {@code old(...)}, and a type invariant each) and {@code testsPerClass} ordinary unit tests per
 * class, into a directory under {@code target/}. Generated on demand, never committed.
 *
 * <p>The project's build never resolves our artifacts from a repository (nothing is installed):
 * {@code invariants-api} is a system-scoped dependency, and {@code invariants-junit} is put on the
 * test class path by the profile {@code ours} through Surefire's {@code additionalClasspathElements},
 * so switching profiles never changes the compile class path (no recompilation between runs).
 * Profile {@code jacoco} adds the JaCoCo agent to the test JVM.
 *
 * <p>This is the 100-class suite of the figures in docs/benchmarks.md: keep its text as it is, or those
 * figures stop being comparable. {@link RichSuiteGenerator} writes the richer one.
 */
final class SuiteGenerator {

    private SuiteGenerator() {}

    static GeneratedSuite generate(Path dir, int classes, int testsPerClass, Path apiJar, Path oursJar, Path jacocoJar) {
        List<String> annotated = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pom.xml"), pom(apiJar, oursJar, jacocoJar));
            for (int c = 0; c < classes; c++) {
                String pkg = String.format(Locale.ROOT, "gen.p%02d", c / 10);
                String name = String.format(Locale.ROOT, "Account%03d", c);
                write(dir.resolve("src/main/java"), pkg, name, domainClass(pkg, name, c));
                write(dir.resolve("src/test/java"), pkg, name + "Tests", testClass(pkg, name, testsPerClass));
                annotated.add(pkg + "." + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedSuite("gen", annotated, classes * testsPerClass, classes * 5);
    }

    static void write(Path sources, String pkg, String name, String text) throws IOException {
        Path file = sources.resolve(pkg.replace('.', '/')).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String domainClass(String pkg, String name, int c) {
        int limit = 1_000 + c;
        return """
                package %1$s;

                import dev.invariants.Invariant;
                import java.util.ArrayList;
                import java.util.List;

                @Invariant(id = "%2$s-balance-non-negative", post = "balance >= 0 && balance <= %3$d * 1000L")
                public class %2$s {

                    private long balance;
                    private final List<Long> history = new ArrayList<>();

                    @Invariant(id = "%2$s-deposit-adds", pre = "amount > 0 && amount <= %3$d", post = "balance == old(balance) + amount && history.size() == old(history.size()) + 1")
                    @Invariant(id = "%2$s-deposit-rejects", pre = "amount <= 0 || amount > %3$d", raises = IllegalArgumentException.class)
                    public long deposit(long amount) {
                        if (amount <= 0 || amount > %3$d) {
                            throw new IllegalArgumentException("amount out of range: " + amount);
                        }
                        balance += amount;
                        history.add(amount);
                        return balance;
                    }

                    @Invariant(id = "%2$s-withdraw-within-balance", pre = "amount > 0 && amount <= balance", post = "result == amount && balance >= 0")
                    public long withdraw(long amount) {
                        if (amount > balance) {
                            throw new IllegalStateException("insufficient funds");
                        }
                        balance -= amount;
                        history.add(-amount);
                        return amount;
                    }

                    @Invariant(id = "%2$s-fee-bounded", pre = "percent >= 0 && percent <= 100", post = "result >= 0 && result <= balance")
                    public long fee(int percent) {
                        return balance * percent / 100;
                    }

                    public long balance() {
                        return balance;
                    }

                    public int movements() {
                        return history.size();
                    }
                }
                """.formatted(pkg, name, limit);
    }

    private static String testClass(String pkg, String name, int tests) {
        StringBuilder body = new StringBuilder();
        for (int t = 1; t <= tests; t++) {
            int amount = 1 + t * 7 % 900;
            String test = switch (t % 5) {
                case 0 -> """
                            %1$s account = new %1$s();
                            account.deposit(%2$d);
                            assertEquals(%2$d, account.balance());
                            assertEquals(1, account.movements());
                        """.formatted(name, amount);
                case 1 -> """
                            %1$s account = new %1$s();
                            account.deposit(%2$d);
                            assertEquals(%3$d, account.withdraw(%3$d));
                            assertEquals(%4$d, account.balance());
                        """.formatted(name, amount, amount / 2, amount - amount / 2);
                case 2 -> """
                            %1$s account = new %1$s();
                            account.deposit(%2$d);
                            assertEquals(%2$dL * %3$d / 100, account.fee(%3$d));
                        """.formatted(name, amount, t % 101);
                case 3 -> """
                            %1$s account = new %1$s();
                            assertThrows(IllegalArgumentException.class, () -> account.deposit(-%2$d));
                            assertEquals(0, account.movements());
                        """.formatted(name, amount);
                default -> """
                            %1$s account = new %1$s();
                            for (int i = 1; i <= 20; i++) {
                                account.deposit(i);
                            }
                            assertEquals(210, account.balance());
                            assertThrows(IllegalStateException.class, () -> account.withdraw(211));
                        """.formatted(name);
            };
            body.append("    @Test\n    void case").append(t).append("() {\n").append(test).append("    }\n\n");
        }
        return """
                package %1$s;

                import static org.junit.jupiter.api.Assertions.assertEquals;
                import static org.junit.jupiter.api.Assertions.assertThrows;

                import org.junit.jupiter.api.Test;

                class %2$sTests {

                %3$s}
                """.formatted(pkg, name, body);
    }

    static String pom(Path apiJar, Path oursJar, Path jacocoJar) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench.generated</groupId>
                  <artifactId>generated-suite</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                    <suite.argLine></suite.argLine>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>dev.invariants</groupId>
                      <artifactId>invariants-api</artifactId>
                      <version>0.1.0-SNAPSHOT</version>
                      <scope>system</scope>
                      <systemPath>%1$s</systemPath>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.14.4</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
                      <plugin>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                        <configuration>
                          <argLine>${suite.argLine}</argLine>
                          <trimStackTrace>true</trimStackTrace>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                  <profiles>
                    <profile>
                      <id>ours</id>
                      <build>
                        <plugins>
                          <plugin>
                            <artifactId>maven-surefire-plugin</artifactId>
                            <version>3.5.4</version>
                            <configuration>
                              <additionalClasspathElements>
                                <additionalClasspathElement>%2$s</additionalClasspathElement>
                              </additionalClasspathElements>
                            </configuration>
                          </plugin>
                        </plugins>
                      </build>
                    </profile>
                    <profile>
                      <id>jacoco</id>
                      <properties>
                        <suite.argLine>-javaagent:%3$s=destfile=${project.build.directory}/jacoco.exec</suite.argLine>
                      </properties>
                    </profile>
                  </profiles>
                </project>
                """.formatted(apiJar, oursJar, jacocoJar);
    }
}
