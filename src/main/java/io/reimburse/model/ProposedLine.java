package io.reimburse.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a proposal (issue 13): what would be reimbursed for one key, to whom, with which bank
 * details and payment status ({@code paymentStatus} empty when Payments is No). The approver's
 * workbook is checked against these values; {@link #lineKey()} names the line in it.
 */
public record ProposedLine(BalanceKey key, String customerName, Money amount, String vendorAccount,
                           OneTimeVendorStatus oneTimeVendor, String iban, String bic, String paymentStatus) {

    /** The line of a reimbursement and its payment (null when Payments is No). */
    public static ProposedLine of(Reimbursement reimbursement, Payment payment) {
        return new ProposedLine(reimbursement.key(), reimbursement.customerName(), reimbursement.amount(),
                reimbursement.vendorAccount(), reimbursement.oneTimeVendor(), payment == null ? "" : payment.iban(),
                payment == null ? "" : payment.bic(), payment == null ? "" : payment.status().name());
    }

    /**
     * The business key as one text: legal entity, customer, currency and dimension values, separated by
     * {@code |} (a {@code |} or {@code \} in a value escaped by {@code \}): what the workbook's hidden
     * column carries, and what its rows are matched by, whatever their order.
     */
    public String lineKey() {
        return lineKey(key);
    }

    public static String lineKey(BalanceKey key) {
        List<String> parts = new ArrayList<>(List.of(key.legalEntity(), key.customerAccount(), key.currency()));
        parts.addAll(key.dimensions());
        return String.join("|", parts.stream().map(part -> part.replace("\\", "\\\\").replace("|", "\\|")).toList());
    }

    /** The key a {@link #lineKey(BalanceKey)} text names; empty when the text is not one. */
    public static java.util.Optional<BalanceKey> parseKey(String lineKey) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < lineKey.length(); i++) {
            char c = lineKey.charAt(i);
            if (c == '\\' && i + 1 < lineKey.length()) {
                part.append(lineKey.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        if (parts.size() < 3) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BalanceKey(parts.get(0), parts.get(1), parts.get(2),
                parts.subList(3, parts.size())));
    }

    /**
     * Whether a reimbursement decided again at approval is this line: same amount, same vendor (a
     * one-time vendor to create gets its number at approval), same bank details and payment status.
     */
    public boolean sameAs(ProposedLine decided) {
        boolean vendor = oneTimeVendor == OneTimeVendorStatus.CREATED
                ? decided.oneTimeVendor == OneTimeVendorStatus.CREATED
                : decided.vendorAccount.equals(vendorAccount) && decided.oneTimeVendor == oneTimeVendor;
        return key.equals(decided.key) && amount.currency().equals(decided.amount.currency())
                && amount.amount().compareTo(decided.amount.amount()) == 0 && vendor && iban.equals(decided.iban)
                && bic.equals(decided.bic) && paymentStatus.equals(decided.paymentStatus);
    }
}
