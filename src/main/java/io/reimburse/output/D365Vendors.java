package io.reimburse.output;

import io.reimburse.model.OneTimeVendor;
import io.reimburse.model.Parameters;
import io.reimburse.model.Party;
import io.reimburse.model.PartyType;
import io.reimburse.model.RunProblem;
import io.reimburse.model.RunRefused;
import io.reimburse.model.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code one-time-vendors.csv}: the one-time vendors this run creates, in the Dynamics 365
 * Vendors V2 entity's format, carrying the customer's name and address: an organization by its
 * name, a person (party type Person) by its first and last name. A customer without a name gets its
 * account as vendor name (Dynamics requires one). The country is the ISO alpha-3 code Dynamics keys
 * its countries/regions by. The entity has no company field (a vendor is created in the company the
 * import runs in), so vendors of several legal entities go to one file each,
 * {@code one-time-vendors-FR01.csv}; those of rows without a legal entity stay in
 * {@code one-time-vendors.csv}.
 */
public final class D365Vendors {

    public static final String FILE = "one-time-vendors.csv";

    /** A legal entity as a file name part: Dynamics company ids are letters and digits. */
    private static final Pattern ENTITY = Pattern.compile("[A-Za-z0-9_-]+");

    private D365Vendors() {
    }

    public static List<WrittenFile> write(RunResult result, Path folder) throws IOException {
        return write(result, CsvFiles.in(folder, result.parameters().output()));
    }

    /** The files, made by {@code out}: one, or one per legal entity. */
    public static List<WrittenFile> write(RunResult result, CsvFiles out) throws IOException {
        Map<String, List<OneTimeVendor>> byEntity = byLegalEntity(result.decisions().oneTimeVendors());
        if (byEntity.size() <= 1) {
            return List.of(write(result.parameters(), result.decisions().oneTimeVendors(), out, FILE));
        }
        List<WrittenFile> written = new ArrayList<>();
        for (Map.Entry<String, List<OneTimeVendor>> entity : byEntity.entrySet()) {
            written.add(write(result.parameters(), entity.getValue(), out, fileOf(entity.getKey())));
        }
        return written;
    }

    /** The one-time vendors by legal entity, in the order of the entities' ids. */
    public static Map<String, List<OneTimeVendor>> byLegalEntity(List<OneTimeVendor> vendors) {
        Map<String, List<OneTimeVendor>> byEntity = new TreeMap<>();
        for (OneTimeVendor vendor : vendors) {
            byEntity.computeIfAbsent(vendor.customer().legalEntity(), entity -> new ArrayList<>()).add(vendor);
        }
        return byEntity;
    }

    private static String fileOf(String legalEntity) {
        if (legalEntity.isEmpty()) {
            return FILE;
        }
        if (!ENTITY.matcher(legalEntity).matches()) {
            throw new RunRefused(RunProblem.of("legal entity '" + legalEntity + "' cannot name the file of its "
                    + "one-time vendors (Dynamics company ids are letters and digits): correct it in the balances"));
        }
        return "one-time-vendors-" + legalEntity + ".csv";
    }

    private static WrittenFile write(Parameters parameters, List<OneTimeVendor> vendors, CsvFiles out, String file)
            throws IOException {
        try (CsvOutput csv = out.create(file)) {
            csv.header(D365Fields.VENDOR.header("VendorAccountNumber", "VendorOrganizationName", "VendorSearchName",
                    "VendorPartyType", "VendorGroupId", "CurrencyCode", "IsOneTimeVendor", "AddressDescription",
                    "AddressStreet", "AddressZipCode", "AddressCity", "AddressStateId", "AddressCountryRegionId",
                    "DefaultVendorPaymentMethodName", "PersonFirstName", "PersonLastName"));
            for (OneTimeVendor vendor : vendors) {
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
            return new WrittenFile(file, csv.rows());
        }
    }
}
