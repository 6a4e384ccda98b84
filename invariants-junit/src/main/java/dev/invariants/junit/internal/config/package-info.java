/** Reading configuration keys, with a warning for every invalid value. Not API. */
package dev.invariants.junit.internal.config;
