/** Reading configuration keys, with a warning for every invalid value, and the start-up timing switch. Not API. */
package dev.invariants.junit.internal.config;
