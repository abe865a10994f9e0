package io.reimburse.engine;

import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.VendorLink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.reimburse.engine.TestBalances.balance;
import static io.reimburse.engine.TestBalances.customer;
import static io.reimburse.engine.TestBalances.link;
import static org.assertj.core.api.Assertions.assertThat;

/** Joining the vendor-links table with the balances' vendor accounts (SPEC §3.3: they must agree). */
class VendorLinksTest {

    @Test
    void tableLinkIsKeptPerCustomer() {
        VendorLinks links = new VendorLinks();
        links.add(link("C001", "V100", Blocked.INVOICE));
        links.add(link("C002", "V200"));

        assertThat(links.links()).containsOnlyKeys(customer("C001"), customer("C002"));
        assertThat(links.links().get(customer("C001")).vendorBlocked()).isEqualTo(Blocked.INVOICE);
        assertThat(links.problems()).isEmpty();
    }

    @Test
    void sameLinkTwiceInTheTableIsNoProblem() {
        VendorLinks links = new VendorLinks();
        links.add(link("C001", "V100", Blocked.NO, 2));
        links.add(link("C001", "V100", Blocked.NO, 5));

        assertThat(links.links().get(customer("C001")).vendorAccount()).isEqualTo("V100");
        assertThat(links.problems()).isEmpty();
    }

    @Test
    void twoVendorsForOneCustomerInTheTableIsARowProblemNamingBothRows() {
        VendorLinks links = new VendorLinks();
        links.add(link("C001", "V100", Blocked.NO, 2));
        links.add(link("C001", "V999", Blocked.NO, 5));

        assertThat(links.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(TestBalances.LINKS_FILE);
            assertThat(problem.row()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo("VendorAccount");
            assertThat(problem.value()).isEqualTo("V999");
            assertThat(problem.message()).contains(TestBalances.LINKS_FILE + ", row 2", "V100");
            assertThat(problem.legalEntity()).isEqualTo(TestBalances.LEGAL_ENTITY);
            assertThat(problem.customerAccount()).isEqualTo("C001");
        });
    }

    @Test
    void sameAccountInTwoLegalEntitiesMayHaveTwoVendors() {
        VendorLinks links = new VendorLinks();
        links.add(link("C001", "V100"));
        links.add(new VendorLink(new CustomerRef("DEMF", "C001"), "V999", "", io.reimburse.model.BankDetails.NONE, Blocked.NO,
                TestBalances.balancesRow(3)));

        assertThat(links.problems()).isEmpty();
        assertThat(links.links()).hasSize(2);
    }

    @Test
    void balancesVendorAgreeingWithTheTableIsNoProblemAndTheTableLinkStays() {
        VendorLinks links = new VendorLinks();
        links.add(link("C001", "V100", Blocked.PAYMENT));
        links.addFromBalances(List.of(balance("C001", "-10.00").vendorAccount("V100").build()));

        assertThat(links.problems()).isEmpty();
        assertThat(links.links().get(customer("C001")).vendorBlocked()).isEqualTo(Blocked.PAYMENT);
    }

    @Test
    void balancesVendorDisagreeingWithTheTableIsARowProblem() {
        VendorLinks links = new VendorLinks();
        links.add(link("C001", "V100", Blocked.NO, 4));
        CustomerBalance balance = balance("C001", "-10.00").vendorAccount("V555").build();
        links.addFromBalances(List.of(balance));

        assertThat(links.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(balance.firstRow().file());
            assertThat(problem.row()).isEqualTo(balance.firstRow().row());
            assertThat(problem.column()).isEqualTo("VendorAccount");
            assertThat(problem.value()).isEqualTo("V555");
            assertThat(problem.message()).contains(TestBalances.LINKS_FILE + ", row 4", "V100");
            assertThat(problem.customerAccount()).isEqualTo("C001");
        });
    }

    @Test
    void balancesVendorWithoutATableLinkBecomesAnUnblockedLink() {
        VendorLinks links = new VendorLinks();
        links.addFromBalances(List.of(balance("C001", "-10.00").vendorAccount("V300").build(),
                balance("C002", "-10.00").build()));

        assertThat(links.links()).containsOnlyKeys(customer("C001"));
        VendorLink link = links.links().get(customer("C001"));
        assertThat(link.vendorAccount()).isEqualTo("V300");
        assertThat(link.vendorBlocked()).isEqualTo(Blocked.NO);
        assertThat(links.problems()).isEmpty();
    }

    @Test
    void twoCurrenciesOfACustomerNamingTheSameVendorAreNoProblem() {
        VendorLinks links = new VendorLinks();
        links.addFromBalances(List.of(balance("C001", "-10.00").vendorAccount("V300").build(),
                balance("C001", "-10.00").in("USD").vendorAccount("V300").build()));

        assertThat(links.problems()).isEmpty();
        assertThat(links.links().get(customer("C001")).vendorAccount()).isEqualTo("V300");
    }

    @Test
    void twoCurrenciesOfACustomerNamingDifferentVendorsAreARowProblem() {
        VendorLinks links = new VendorLinks();
        links.addFromBalances(List.of(balance("C001", "-10.00").vendorAccount("V300").build(),
                balance("C001", "-10.00").in("USD").vendorAccount("V301").build()));

        assertThat(links.problems()).extracting(problem -> problem.customerAccount() + " " + problem.value())
                .containsExactly("C001 V301");
    }
}
