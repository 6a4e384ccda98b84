package com.acme;

/** Two amounts of different currencies were combined. */
public final class CurrencyMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(String message) {
        super(message);
    }
}
