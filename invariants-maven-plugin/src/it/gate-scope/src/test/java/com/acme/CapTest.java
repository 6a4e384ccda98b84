package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CapTest {

    // With -Drelease=FILE this fork stays alive until FILE exists: another build then runs meanwhile.
    @Test
    void caps() throws InterruptedException {
        assertEquals(new BigDecimal("250.00"), new Fees().fee(new BigDecimal("100000"), true));
        String release = System.getProperty("release", "");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!release.isBlank() && !Files.exists(Path.of(release))) {
            assertTrue(System.currentTimeMillis() < deadline, "never released");
            Thread.sleep(100);
        }
    }
}
