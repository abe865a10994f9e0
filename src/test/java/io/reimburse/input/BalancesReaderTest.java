package io.reimburse.input;

import io.reimburse.model.BalanceRow;
import io.reimburse.model.RowProblem;
import io.reimburse.model.RunRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The balances reader on small CSV tables: amounts, evidence of the decimal separator, rows that are not customers. */
class BalancesReaderTest {

    private static final String PARAMETERS = "Parameter,Value\nMinimumReimbursement,10\nBalanceDate,2026-10-31\n"
            + "AccountingCurrency,EUR\n";

    @TempDir
    Path folder;

    private record Read(BalancesTally read, List<BalanceRow> rows) {
        List<RowProblem> problems() {
            return read.problems();
        }
    }

    private Read read(String balances) throws IOException {
        Path file = Files.writeString(folder.resolve("balances.csv"), balances, StandardCharsets.UTF_8);
        Path parameters = Files.writeString(folder.resolve("parameters.csv"), PARAMETERS, StandardCharsets.UTF_8);
        ReadingPath.Read read = ReadingPath.read(List.of(file, parameters));
        return new Read(read.balances(), read.rows());
    }

    @Test
    void anAmountWrittenWithTheSymbolOfAnotherCurrencyHoldsTheCustomerBack() throws IOException {
        Read read = read("Customer;Currency;Balance\nC1;USD;-€12.50\nC2;USD;-$12.50\nC3;EUR;-12.50 €\n");

        assertThat(read.rows()).extracting(r -> r.key().customerAccount()).containsExactly("C2", "C3");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.customerAccount()).isEqualTo("C1");
            assertThat(p.message()).contains("written in €").contains("USD");
        });
    }

    @Test
    void aRowWaitingForTheColumnsEvidenceIsReportedOnce() throws IOException {
        Read read = read("Customer;Debit;Credit\nC1;1,234;abc\nC2;0,00;1 250,00\n");

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.customerAccount()).isEqualTo("C1");
            assertThat(p.column()).isEqualTo("Credit");
        });
    }

    @Test
    void aCustomersSubTotalAtTransactionLevelIsAProblemNotASecondCredit() throws IOException {
        Read read = read("Customer,Voucher,Name,Balance\nC1,INV-1,Alpha,-100.00\nC1,INV-2,Alpha,-50.00\n"
                + "C1,,Total C1,-150.00\nC2,INV-3,Total Energies,-20.00\n");

        assertThat(read.rows()).extracting(r -> r.key().customerAccount()).containsExactly("C1", "C1", "C2");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.customerAccount()).isEqualTo("C1");
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.message()).contains("sub-total");
        });
    }

    @Test
    void aBalanceLevelDebitOrZeroRowCarriesNoCustomerDetailsACreditDoes() throws IOException {
        Read read = read("Customer;Name;Balance;City;IBAN\nC1;Alpha;-10,00;Lyon;FR76 3000 6000 0112 3456 7890 189\n"
                + "C2;Beta;25,00;Paris;FR76 3000 6000 0112 3456 7890 189\nC3;Gamma;0,00;Nice;\n");

        assertThat(read.rows()).extracting(r -> r.key().customerAccount(), BalanceRow::name, r -> r.address().city(),
                r -> r.bankDetails().iban()).containsExactly(tuple("C1", "Alpha", "Lyon", "FR7630006000011234567890189"),
                tuple("C2", "", "", ""), tuple("C3", "", "", ""));
    }

    @Test
    void aHeaderRepeatedWithOtherSpacingOrCaseIsSkipped() throws IOException {
        Read read = read("Customer account;Balance\nC1;-1,50\nCUSTOMER  ACCOUNT;BALANCE\nC2;-2,50\n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(r -> r.key().customerAccount()).containsExactly("C1", "C2");
    }

    @Test
    void aColumnOfOnlyAmbiguousValuesStopsBeforeHoldingTheWholeFileInMemory() throws IOException {
        StringBuilder csv = new StringBuilder("Customer;Balance\n");
        for (int i = 0; i <= Limits.MAX_ROWS_WAITING_FOR_EVIDENCE; i++) {
            csv.append('C').append(i).append(";-1,234\n");
        }

        assertThatThrownBy(() -> read(csv.toString())).isInstanceOf(RunRefused.class)
                .hasMessageContaining("DecimalSeparator").hasMessageContaining("balances.csv");
    }

    @Test
    void aSignedAmountInADebitOrCreditColumnIsNotGuessed() throws IOException {
        Read read = read("Customer;Debit;Credit\nC1;-50,00;\nC2;;-1 250,00\nC3;10,00;25,00\n");

        assertThat(read.rows()).extracting(r -> r.key().customerAccount()).containsExactly("C3");
        assertThat(read.problems()).extracting(p -> p.customerAccount() + ":" + p.column())
                .containsExactly("C1:Debit", "C2:Credit");
    }
}
