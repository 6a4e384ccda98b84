/**
 * Everything that faces the JUnit Platform: the service-loaded session and execution listeners, the
 * session lifecycle (open, scan, record, close: assemble, publish, print, gate) and the reading of
 * {@code @Verifies} from test descriptors. The only package of invariants-junit that imports
 * {@code org.junit.platform}. Not API.
 */
package dev.invariants.junit.internal.platform;
