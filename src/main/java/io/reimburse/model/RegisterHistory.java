package io.reimburse.model;

import java.util.List;
import java.util.Map;

/**
 * What the register knew, when a run decided, of the customers it could reimburse (read in a few
 * queries for all of them at once).
 *
 * @param alreadyReimbursed the latest reimbursement of a customer and currency for the same or a later
 *                          balance date (rule 9)
 * @param notYetInBalances  reimbursements for earlier balance dates that these balances may not show yet
 *                          (pending, or posted after their balance date), in invoice order
 * @param oneTimeVendors    the one-time vendor an earlier run created for a customer
 * @param lastIbans         the IBAN of a customer's last payable payment (SPEC §10)
 */
public record RegisterHistory(Map<CustomerCurrency, EarlierReimbursement> alreadyReimbursed,
                              Map<CustomerCurrency, List<EarlierReimbursement>> notYetInBalances,
                              Map<CustomerRef, String> oneTimeVendors, Map<CustomerRef, String> lastIbans) {

    public static final RegisterHistory EMPTY = new RegisterHistory(Map.of(), Map.of(), Map.of(), Map.of());
}
