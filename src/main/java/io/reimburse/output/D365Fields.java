package io.reimburse.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Dynamics 365 data entities written, by their AOT name and the name Data management shows (the
 * CDM schemas' English display text), with their field names (resources copied from the CDM schema
 * lists): a header is checked against them when written, so no file carries a field the entity does
 * not have.
 */
public enum D365Fields {
    INVOICE_JOURNAL_HEADER("VendInvoiceJournalHeaderEntity", "Vendor invoice journal header"),
    INVOICE_JOURNAL_LINE("VendInvoiceJournalLineEntity", "Vendor invoice journal line"),
    VENDOR("VendVendorV2Entity", "Vendors V2"),
    PAYMENT_JOURNAL_LINE("VendorPaymentJournalLineEntity", "Vendor payment journal line");

    private final String entity;
    private final String label;
    private final Set<String> fields;

    D365Fields(String entity, String label) {
        this.entity = entity;
        this.label = label;
        this.fields = load("/d365/" + entity + ".fields.txt");
    }

    /** The entity's AOT name (a data package's TargetEntity). */
    public String entity() {
        return entity;
    }

    /** The entity's name as Data management shows it (a data package's EntityName). */
    public String label() {
        return label;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = D365Fields.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(name -> name.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header, upper-cased, after checking that every name is a field of the entity. */
    public String[] header(String... names) {
        String[] upper = Arrays.stream(names).map(n -> n.toUpperCase(Locale.ROOT)).toArray(String[]::new);
        for (String name : upper) {
            if (!fields.contains(name)) {
                throw new IllegalStateException(name + " is not a field of " + this);
            }
        }
        return upper;
    }
}
