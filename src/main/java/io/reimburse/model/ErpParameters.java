package io.reimburse.model;

import java.util.Map;

/**
 * What the ERP files carry that the balances do not: the invoice journal's name, the method of
 * payment (MethodOfPayment, and MethodOfPayment.XXX for the invoices and payments in XXX), the
 * vendor group of the one-time vendors created, the ERP files to write (ErpTargets), the source
 * format of the Dynamics 365 data packages (D365PackageFormat), Oracle's import values (Fbdi*) and the
 * account of Odoo's bill lines (OdooAccount, empty: the journal's default).
 */
public record ErpParameters(String journalName, String methodOfPayment, Map<String, String> methodOfPaymentByCurrency,
                            String oneTimeVendorGroup, ErpTargets targets, PackageFormat packageFormat,
                            FbdiParameters fbdi, String odooAccount) {

    /** A Dynamics 365 data source format of the data packages: its name, and the encoding its files are in. */
    public enum PackageFormat {
        /** UTF-16 LE with a byte order mark. */
        CSV_UNICODE("CSV-Unicode"),
        /** UTF-8. */
        CSV("CSV");

        private final String sourceFormat;

        PackageFormat(String sourceFormat) {
            this.sourceFormat = sourceFormat;
        }

        /** The name of the data source record, as Data management lists it. */
        public String sourceFormat() {
            return sourceFormat;
        }
    }

    public ErpParameters {
        methodOfPaymentByCurrency = Map.copyOf(methodOfPaymentByCurrency);
    }

    /** The ERP values of a run writing the default target (d365). */
    public ErpParameters(String journalName, String methodOfPayment, Map<String, String> methodOfPaymentByCurrency,
                         String oneTimeVendorGroup) {
        this(journalName, methodOfPayment, methodOfPaymentByCurrency, oneTimeVendorGroup, ErpTargets.DEFAULT,
                PackageFormat.CSV_UNICODE, FbdiParameters.NONE, "");
    }

    /** The method of payment of an invoice or payment in {@code currency}. */
    public String methodOfPayment(String currency) {
        return methodOfPaymentByCurrency.getOrDefault(currency, methodOfPayment);
    }

    /** The same, with the targets' templates read. */
    public ErpParameters withTargets(ErpTargets read) {
        return new ErpParameters(journalName, methodOfPayment, methodOfPaymentByCurrency, oneTimeVendorGroup, read,
                packageFormat, fbdi, odooAccount);
    }
}
