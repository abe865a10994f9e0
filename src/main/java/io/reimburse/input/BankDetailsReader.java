package io.reimburse.input;

import io.reimburse.model.BankDetails;
import io.reimburse.model.CustomerRef;

import java.util.HashMap;
import java.util.Map;

/**
 * The bank details a balances table gives its customers, to pay invoices of earlier runs
 * (reimburse pay): the IBAN and BIC of each customer's first row that has an IBAN. Amounts are not
 * read: the balances of today do not decide an earlier reimbursement's payment.
 */
public final class BankDetailsReader {

    private BankDetailsReader() {
    }

    public static Map<CustomerRef, BankDetails> read(TableSource source, TableHeader header, String legalEntity) {
        Map<CustomerRef, BankDetails> details = new HashMap<>();
        if (!header.has(Column.IBAN)) {
            return details;
        }
        try (RowStream rows = source.open()) {
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (row.row() <= header.row() || row.isEmpty()) {
                    continue;
                }
                String account = header.text(row, Column.CUSTOMER_ACCOUNT);
                BankDetails found = BankDetails.of(header.text(row, Column.IBAN), header.text(row, Column.BIC));
                if (account.isEmpty() || header.isRepeatedBy(account) || !found.hasIban()) {
                    continue;
                }
                String entity = header.text(row, Column.LEGAL_ENTITY);
                details.putIfAbsent(new CustomerRef(entity.isEmpty() ? legalEntity : entity, account), found);
            }
        }
        return details;
    }
}
