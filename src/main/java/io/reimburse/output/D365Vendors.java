package io.reimburse.output;

import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.Parameters;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code one-time-vendors.csv}: the one-time vendors this run creates, in the Dynamics 365
 * Vendors V2 entity's format, carrying the customer's name and address. A customer without a
 * name gets its account as vendor name (Dynamics requires one).
 */
public final class D365Vendors {

    public static final String FILE = "one-time-vendors.csv";

    private D365Vendors() {
    }

    public static WrittenFile write(RunResult result, Path folder) throws IOException {
        Parameters parameters = result.parameters();
        try (CsvOutput csv = CsvOutput.create(folder.resolve(FILE), parameters)) {
            csv.header(D365Fields.VENDOR.header("VendorAccountNumber", "VendorOrganizationName", "VendorSearchName",
                    "VendorPartyType", "VendorGroupId", "CurrencyCode", "IsOneTimeVendor", "AddressDescription",
                    "AddressStreet", "AddressZipCode", "AddressCity", "AddressStateId", "AddressCountryRegionId",
                    "DefaultVendorPaymentMethodName"));
            for (OneTimeVendor vendor : result.decisions().oneTimeVendors()) {
                String name = vendor.name().isEmpty() ? vendor.customer().customerAccount() : vendor.name();
                csv.row(vendor.account(), csv.text(name), csv.text(vendor.customer().customerAccount()),
                        "Organization", vendor.vendorGroup(), vendor.currency(), "Yes", csv.text(name),
                        csv.text(vendor.address().street()), csv.text(vendor.address().zipCode()),
                        csv.text(vendor.address().city()), csv.text(vendor.address().state()),
                        csv.text(vendor.address().country()), parameters.erp().methodOfPayment());
            }
            return new WrittenFile(FILE, csv.rows());
        }
    }
}
