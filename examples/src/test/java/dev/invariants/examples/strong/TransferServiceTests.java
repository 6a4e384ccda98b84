package dev.invariants.examples.strong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.invariants.examples.payments.Account;
import dev.invariants.examples.payments.InsufficientFundsException;
import dev.invariants.examples.payments.Transfer;
import dev.invariants.examples.payments.TransferService;
import dev.invariants.junit.Verifies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TransferService")
class TransferServiceTests {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private final List<Transfer> audited = new ArrayList<>();
    private final TransferService service = new TransferService(audited::add);

    private final Account alice = new Account("alice", EUR, new BigDecimal("100.00"));
    private final Account bob = new Account("bob", EUR, new BigDecimal("50.00"));

    @Test
    @DisplayName("should move the amount, keep the total and audit the transfer")
    @Verifies({"transfer-conserves-money", "transfer-moves-amount"})
    void movesTheAmount() {
        Transfer transfer = service.transfer(alice, bob, new BigDecimal("30.00"));

        assertThat(alice.balance()).isEqualByComparingTo("70.00");
        assertThat(bob.balance()).isEqualByComparingTo("80.00");
        assertThat(alice.balance().add(bob.balance())).isEqualByComparingTo("150.00");
        assertThat(audited).containsExactly(transfer);
        assertThat(transfer).isEqualTo(new Transfer("alice", "bob", new BigDecimal("30.00"), EUR));
    }

    @Test
    @DisplayName("should allow transferring the whole balance")
    @Verifies({"transfer-conserves-money", "transfer-moves-amount"})
    void transfersTheWholeBalance() {
        service.transfer(alice, bob, new BigDecimal("100.00"));

        assertThat(alice.balance()).isEqualByComparingTo("0.00");
        assertThat(bob.balance()).isEqualByComparingTo("150.00");
    }

    @Test
    @DisplayName("should reject one cent more than the balance and move nothing")
    @Verifies("transfer-rejects-insufficient-funds")
    void rejectsInsufficientFunds() {
        assertThatThrownBy(() -> service.transfer(alice, bob, new BigDecimal("100.01")))
                .isInstanceOf(InsufficientFundsException.class)
                .hasMessage("account alice holds 100.00, cannot transfer 100.01");

        assertThat(alice.balance()).isEqualByComparingTo("100.00");
        assertThat(bob.balance()).isEqualByComparingTo("50.00");
        assertThat(audited).isEmpty();
    }

    @Test
    @DisplayName("should reject accounts in different currencies")
    @Verifies("transfer-rejects-currency-mismatch")
    void rejectsCurrencyMismatch() {
        Account carol = new Account("carol", USD, new BigDecimal("10.00"));

        assertThatThrownBy(() -> service.transfer(alice, carol, new BigDecimal("5.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot transfer from EUR to USD");
        assertThat(alice.balance()).isEqualByComparingTo("100.00");
        assertThat(audited).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-5.00"})
    @DisplayName("should reject an amount that is not positive")
    @Verifies("transfer-rejects-non-positive-amount")
    void rejectsNonPositiveAmounts(String amount) {
        assertThatThrownBy(() -> service.transfer(alice, bob, new BigDecimal(amount)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must be positive, was " + amount);
        assertThat(alice.balance()).isEqualByComparingTo("100.00");
    }

    @Test
    @DisplayName("should refuse to open an account with a negative balance")
    @Verifies("account-rejects-negative-opening-balance")
    void rejectsNegativeOpeningBalances() {
        assertThatThrownBy(() -> new Account("dave", EUR, new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opening balance must not be negative, was -0.01");
    }

    @Test
    @DisplayName("should reject a transfer from an account to itself")
    @Verifies("transfer-rejects-self-transfer")
    void rejectsSelfTransfer() {
        assertThatThrownBy(() -> service.transfer(alice, alice, new BigDecimal("1.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot transfer from account alice to itself");
        assertThat(alice.balance()).isEqualByComparingTo("100.00");
    }
}
