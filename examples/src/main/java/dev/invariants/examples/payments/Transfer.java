package dev.invariants.examples.payments;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A completed transfer, as written to the audit log.
 *
 * @param fromAccountId the debited account
 * @param toAccountId the credited account
 * @param amount the amount moved
 * @param currency the currency of both accounts
 */
public record Transfer(String fromAccountId, String toAccountId, BigDecimal amount, Currency currency) {}
