package io.reimburse.engine;

import io.reimburse.model.BankDetails;
import io.reimburse.model.Blocked;
import io.reimburse.model.CustomerBalance;
import io.reimburse.model.CustomerRef;
import io.reimburse.model.RowProblem;
import io.reimburse.model.VendorLink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the vendor-links table with the vendor accounts of the balances table. Two different
 * vendors for one customer, from either source, are a row problem: the money must go to one
 * account that nobody doubts.
 */
public final class VendorLinks {

    private final Map<CustomerRef, VendorLink> links = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();

    /** Adds a row of the vendor-links table. */
    public void add(VendorLink link) {
        VendorLink earlier = links.putIfAbsent(link.customer(), link);
        if (earlier != null && !earlier.vendorAccount().equals(link.vendorAccount())) {
            problems.add(RowProblem.at(link.source(), "VendorAccount", link.vendorAccount(),
                    "conflicting vendor links: " + earlier.source() + " links this customer to vendor "
                            + earlier.vendorAccount(), link.customer().legalEntity(), link.customer().customerAccount()));
        }
    }

    /** Adds the vendor accounts that the balances table carries, checking them against the table's. */
    public void addFromBalances(List<CustomerBalance> balances) {
        for (CustomerBalance balance : balances) {
            if (balance.vendorAccount().isEmpty()) {
                continue;
            }
            CustomerRef customer = balance.key().customer();
            VendorLink fromTable = links.get(customer);
            if (fromTable == null) {
                // no bank details: those of the balances stay with each balance key (SPEC §10)
                links.put(customer, new VendorLink(customer, balance.vendorAccount(), "", BankDetails.NONE, Blocked.NO,
                        balance.firstRow()));
            } else if (!fromTable.vendorAccount().equals(balance.vendorAccount())) {
                problems.add(RowProblem.at(balance.firstRow(), "VendorAccount", balance.vendorAccount(),
                        "conflicting vendor links: " + fromTable.source() + " gives vendor "
                                + fromTable.vendorAccount(),
                        customer.legalEntity(), customer.customerAccount()));
            }
        }
    }

    public Map<CustomerRef, VendorLink> links() {
        return links;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
