/** Reading invariants-property's own configuration keys, with a warning for every invalid value. Not API. */
package dev.invariants.property.internal.config;
