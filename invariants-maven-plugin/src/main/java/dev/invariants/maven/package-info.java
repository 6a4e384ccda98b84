/**
 * The {@code invariants-maven-plugin}: {@code report} merges the invariants reports of test JVMs,
 * with {@code aggregate} of reactor modules, with {@code mergeDirectories} of the machines of a sharded
 * build; {@code check} fails the build below a minimum invariant coverage, on vacuous tests, or on
 * regressions against a {@code baseline} report (the ratchet), naming every offender.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.invariants</groupId>
 *   <artifactId>invariants-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>report</goal><goal>check</goal></goals>
 *       <configuration><minCoverage>0.8</minCoverage></configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
package dev.invariants.maven;
