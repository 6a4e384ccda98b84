package dev.invariants.examples.aiwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.invariants.examples.payments.Account;
import dev.invariants.examples.payments.AuditLog;
import dev.invariants.examples.payments.InsufficientFundsException;
import dev.invariants.examples.payments.Transfer;
import dev.invariants.examples.payments.TransferService;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class TransferServiceTests {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Mock
    private AuditLog auditLog;

    @InjectMocks
    private TransferService transferService;

    @Test
    void testTransfer() {
        Account from = new Account("ACC-1", EUR, new BigDecimal("100.00"));
        Account to = new Account("ACC-2", EUR, new BigDecimal("50.00"));

        Transfer transfer = transferService.transfer(from, to, new BigDecimal("30.00"));

        assertNotNull(transfer);
        assertEquals("ACC-1", transfer.fromAccountId());
        assertEquals("ACC-2", transfer.toAccountId());
    }

    @Test
    void testTransferRecordsAuditLog() {
        Account from = new Account("ACC-1", EUR, new BigDecimal("100.00"));
        Account to = new Account("ACC-2", EUR, new BigDecimal("50.00"));

        transferService.transfer(from, to, new BigDecimal("10.00"));

        verify(auditLog, times(1)).record(any(Transfer.class));
    }

    @Test
    void shouldTransferMoneySuccessfully() {
        Account from = new Account("ACC-1", EUR, new BigDecimal("500.00"));
        Account to = new Account("ACC-2", EUR, BigDecimal.ZERO);

        transferService.transfer(from, to, new BigDecimal("125.00"));
    }

    @Test
    void testAccountCreation() {
        Account account = new Account("ACC-3", EUR, BigDecimal.TEN);
        account.id();
        account.currency();
        account.balance();
        account.toString();
    }

    @Test
    void testInsufficientFundsExceptionMessage() {
        Account account = new Account("ACC-4", EUR, BigDecimal.ONE);

        InsufficientFundsException exception = new InsufficientFundsException(account, BigDecimal.TEN);

        assertNotNull(exception.getMessage());
    }
}
