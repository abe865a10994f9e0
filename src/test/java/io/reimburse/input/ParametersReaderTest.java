package io.reimburse.input;

import io.reimburse.model.Parameters;
import io.reimburse.model.RunRefused;
import io.reimburse.model.UsedParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The parameters table as the report and the manifest show it: the values in force, named as written. */
class ParametersReaderTest {

    @TempDir
    Path folder;

    private Parameters read(String parameters) throws IOException {
        Path file = Files.writeString(folder.resolve("parametres.csv"), parameters, StandardCharsets.UTF_8);
        Path balances = Files.writeString(folder.resolve("soldes.csv"), "Compte client;Solde\nC1;-10,00\n",
                StandardCharsets.UTF_8);
        return ReadingPath.read(List.of(balances, file)).parameters();
    }

    private String refusal(String parameters) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(() -> read(parameters), RunRefused.class)
                .getMessage();
    }

    private static UsedParameter used(Parameters parameters, String name) {
        return parameters.used().list().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachParameterKeepsTheNameItWasWrittenUnderAndWhetherItIsTheDefault() throws IOException {
        Parameters parameters = read("Paramètre;Valeur\nRemboursement minimal;10,00\nDate du solde;2026-10-31\n"
                + "Devise comptable;EUR\nregrouper;oui\nPréfixe facture;RMB-FR-\nMinimumReimbursement.USD;12\n");

        assertThat(used(parameters, "MinimumReimbursement")).isEqualTo(new UsedParameter("MinimumReimbursement",
                "Remboursement minimal", "Remboursement minimal", "10.00", UsedParameter.Kind.AMOUNT, false));
        assertThat(used(parameters, "BalanceDate").kind()).isEqualTo(UsedParameter.Kind.DATE);
        // written, but as the default is: a default
        assertThat(used(parameters, "Summarize")).isEqualTo(new UsedParameter("Summarize", "Regrouper", "regrouper",
                "Yes", UsedParameter.Kind.YES_NO, true));
        assertThat(used(parameters, "InvoicePrefix").isDefault()).isFalse();
        // left out: the default, named in the report's language by the report
        assertThat(used(parameters, "JournalName")).isEqualTo(new UsedParameter("JournalName", "Nom du journal", "",
                "APInvoice", UsedParameter.Kind.TEXT, true));
        assertThat(used(parameters, "TransactionDate").isDefault()).as("the run date").isTrue();
        assertThat(used(parameters, "CustomerAccounts").kind()).isEqualTo(UsedParameter.Kind.SELECTION);
        assertThat(used(parameters, "AcceptBankDetailChanges").kind()).as("empty accepts nobody")
                .isEqualTo(UsedParameter.Kind.TEXT);
        assertThat(used(parameters, "MinimumReimbursement.USD")).isEqualTo(new UsedParameter(
                "MinimumReimbursement.USD", "Remboursement minimal.USD", "MinimumReimbursement.USD", "12",
                UsedParameter.Kind.AMOUNT, false));
        // the manifest and the register keep the English names and values
        assertThat(parameters.used().byName()).containsEntry("MinimumReimbursement", "10.00")
                .containsEntry("Summarize", "Yes").containsEntry("MinimumReimbursement.USD", "12");
        // in the table's order, a value per currency after its parameter (ExchangeRate is given per currency only)
        assertThat(parameters.used().byName().keySet()).startsWith("LegalEntity", "AccountingCurrency",
                "MinimumReimbursement", "MinimumReimbursement.USD", "BalanceDate");
    }

    @Test
    void aDateInAnotherPatternIsRefusedWithTheDateItMeansAndThePatternToSet() {
        assertThat(refusal("Parameter;Value\nMinimumReimbursement;10\nBalanceDate;31/10/2026\n"))
                .contains("BalanceDate '31/10/2026' is not a date: write it as 2026-10-31, or set DateFormat to "
                        + "dd/MM/yyyy").doesNotContain("2026-11-30");
    }

    @Test
    void aDateFormatThatAsksForHoursIsRefusedWithoutWritingTheDateInIt() {
        // found by ReaderFuzzProperties: the hint formatted the date in a pattern that cannot format one
        assertThat(refusal("Parameter;Value\nMinimumReimbursement;10\nDateFormat;dd/MM/yyyy hh\n"
                + "BalanceDate;2026/10/31\n"))
                .contains("BalanceDate '2026/10/31' is not a date in DateFormat dd/MM/yyyy hh: write it as 2026-10-31");
    }

    @Test
    void aDateNotInTheGivenDateFormatIsShownAsThatFormatWritesIt() {
        assertThat(refusal("Parameter;Value\nMinimumReimbursement;10\nDateFormat;dd/MM/yyyy\n"
                + "BalanceDate;2026/10/31\n"))
                .contains("BalanceDate '2026/10/31' is not a date in DateFormat dd/MM/yyyy: write it as 2026-10-31 or "
                        + "31/10/2026");
    }

    @Test
    void aDateWhoseDayAndMonthCouldBeEitherIsNotGuessed() {
        assertThat(refusal("Parameter;Value\nMinimumReimbursement;10\nBalanceDate;03/04/2026\n"))
                .contains("BalanceDate '03/04/2026' is not a date: write it as an ISO date (yyyy-mm-dd) or set "
                        + "DateFormat to its pattern; it could be 2026-04-03 (dd/MM/yyyy) or 2026-03-04 (MM/dd/yyyy)");
    }

    @Test
    void aTextNoPatternReadsGetsNoDateSuggested() {
        assertThat(refusal("Parameter;Value\nMinimumReimbursement;10\nBalanceDate;fin octobre\n"))
                .contains("BalanceDate 'fin octobre' is not a date: write it as an ISO date (yyyy-mm-dd) or set "
                        + "DateFormat to its pattern").doesNotContain("could be").doesNotContain("2026");
    }
}
