package io.reimburse.output;

import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.Parameters;
import io.reimburse.model.Party;
import io.reimburse.model.PartyType;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code one-time-vendors.csv}: the one-time vendors this run creates, in the Dynamics 365
 * Vendors V2 entity's format, carrying the customer's name and address: an organization by its
 * name, a person (party type Person) by its first and last name. A customer without a name gets its
 * account as vendor name (Dynamics requires one). The country is the ISO alpha-3 code Dynamics keys
 * its countries/regions by.
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
                    "DefaultVendorPaymentMethodName", "PersonFirstName", "PersonLastName"));
            for (OneTimeVendor vendor : result.decisions().oneTimeVendors()) {
                String name = vendor.name().isEmpty() ? vendor.customer().customerAccount() : vendor.name();
                Party party = vendor.party();
                boolean person = party.type() == PartyType.PERSON;
                // a person's name is its first and last name; the organization name stays empty
                csv.row(vendor.account(), person ? "" : csv.text(name), vendor.customer().customerAccount(),
                        party.type().d365(), vendor.vendorGroup(), vendor.currency(), "Yes", csv.text(name),
                        csv.text(vendor.address().street()), csv.text(vendor.address().zipCode()),
                        csv.text(vendor.address().city()), csv.text(vendor.address().state()),
                        csv.text(vendor.address().country()), parameters.erp().methodOfPayment(vendor.currency()),
                        csv.text(party.firstName()), csv.text(party.lastName()));
            }
            return new WrittenFile(FILE, csv.rows());
        }
    }
}
