package io.reimburse.engine;

import io.reimburse.model.Address;
import io.reimburse.model.BalanceKey;
import io.reimburse.model.BalanceRow;
import io.reimburse.model.BankDetails;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.Party;
import io.reimburse.model.SourceRef;
import io.reimburse.model.VendorLink;

import java.math.BigDecimal;
import java.util.List;

/**
 * Builds the engine's inputs in tests: aggregated {@link CustomerBalance}s, raw
 * {@link BalanceRow}s and {@link VendorLink}s. Everything defaults to legal entity USMF and EUR.
 */
final class TestBalances {

    static final String LEGAL_ENTITY = "USMF";
    static final String BALANCES_FILE = "balances.csv";
    static final String LINKS_FILE = "vendor-links.csv";

    private TestBalances() {
    }

    static CustomerRef customer(String account) {
        return new CustomerRef(LEGAL_ENTITY, account);
    }

    static BalanceKey key(String account, String currency, String... dimensions) {
        return new BalanceKey(LEGAL_ENTITY, account, currency, List.of(dimensions));
    }

    /** An aggregated balance of a customer in EUR, credit-negative ("-50.00" is a credit of 50.00). */
    static Balance balance(String account, String amount) {
        return new Balance(account, amount);
    }

    /** A balances-table row of a customer in EUR, at row 2 of balances.csv unless told. */
    static Row row(String account, String amount) {
        return new Row(account, amount);
    }

    static VendorLink link(String account, String vendor) {
        return link(account, vendor, Blocked.NO);
    }

    static VendorLink link(String account, String vendor, Blocked vendorBlocked) {
        return link(account, vendor, vendorBlocked, 2);
    }

    static VendorLink link(String account, String vendor, Blocked vendorBlocked, long row) {
        return new VendorLink(customer(account), vendor, "Vendor " + vendor, BankDetails.NONE, vendorBlocked,
                new SourceRef(LINKS_FILE, null, row));
    }

    /** A row of the vendor-links table that gives the vendor's name and bank details. */
    static VendorLink link(String account, String vendor, String vendorName, String iban, String bic) {
        return new VendorLink(customer(account), vendor, vendorName, BankDetails.of(iban, bic), Blocked.NO,
                new SourceRef(LINKS_FILE, null, 2));
    }

    static SourceRef balancesRow(long row) {
        return new SourceRef(BALANCES_FILE, null, row);
    }

    /** Builder of a {@link CustomerBalance}. */
    static final class Balance {
        private String legalEntity = LEGAL_ENTITY;
        private final String account;
        private final BigDecimal amount;
        private String currency = "EUR";
        private List<String> dimensions = List.of();
        private String name;
        private String group = "";
        private Blocked blocked = Blocked.NO;
        private String vendorAccount = "";
        private Address address = new Address("1 Main Street", "75001", "Paris", "", "FR");
        private String iban = "";
        private String bic = "";
        private boolean openDebit;

        private Balance(String account, String amount) {
            this.account = account;
            this.amount = new BigDecimal(amount);
            this.name = "Customer " + account;
        }

        Balance in(String value) {
            currency = value;
            return this;
        }

        Balance legalEntity(String value) {
            legalEntity = value;
            return this;
        }

        Balance dimensions(String... values) {
            dimensions = List.of(values);
            return this;
        }

        Balance name(String value) {
            name = value;
            return this;
        }

        Balance group(String value) {
            group = value;
            return this;
        }

        Balance blocked(Blocked value) {
            blocked = value;
            return this;
        }

        Balance vendorAccount(String value) {
            vendorAccount = value;
            return this;
        }

        Balance address(Address value) {
            address = value;
            return this;
        }

        Balance bankDetails(String ibanValue, String bicValue) {
            iban = ibanValue;
            bic = bicValue;
            return this;
        }

        /** Transaction level: at least one of its open transactions is a debit. */
        Balance withOpenDebitTransaction() {
            openDebit = true;
            return this;
        }

        CustomerBalance build() {
            return new CustomerBalance(new BalanceKey(legalEntity, account, currency, dimensions), amount, name,
                    group, blocked, vendorAccount, address, BankDetails.of(iban, bic), openDebit, 1, balancesRow(2));
        }
    }

    /** Builder of a {@link BalanceRow}. */
    static final class Row {
        private final String account;
        private final BigDecimal amount;
        private String currency = "EUR";
        private List<String> dimensions = List.of();
        private String document;
        private String name = "";
        private String group = "";
        private Blocked blocked = Blocked.NO;
        private String vendorAccount = "";
        private Address address = Address.NONE;
        private String iban = "";
        private long row = 2;

        private Row(String account, String amount) {
            this.account = account;
            this.amount = new BigDecimal(amount);
        }

        Row in(String value) {
            currency = value;
            return this;
        }

        Row dimensions(String... values) {
            dimensions = List.of(values);
            return this;
        }

        /** Transaction level: the open transaction's document number. */
        Row document(String value) {
            document = value;
            return this;
        }

        Row name(String value) {
            name = value;
            return this;
        }

        Row group(String value) {
            group = value;
            return this;
        }

        Row blocked(Blocked value) {
            blocked = value;
            return this;
        }

        Row vendorAccount(String value) {
            vendorAccount = value;
            return this;
        }

        Row address(Address value) {
            address = value;
            return this;
        }

        Row iban(String value) {
            iban = value;
            return this;
        }

        Row at(long value) {
            row = value;
            return this;
        }

        BalanceRow build() {
            return new BalanceRow(balancesRow(row), new BalanceKey(LEGAL_ENTITY, account, currency, dimensions), amount,
                    document, "", name, group, blocked, vendorAccount, address, Party.ORGANIZATION,
                    BankDetails.of(iban, ""));
        }
    }
}
