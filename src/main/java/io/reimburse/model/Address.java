package io.reimburse.model;

/** A postal address copied from the balances to a one-time vendor; any part may be empty. */
public record Address(String street, String zipCode, String city, String state, String country) {

    public static final Address NONE = new Address("", "", "", "", "");

    public boolean isEmpty() {
        return street.isEmpty() && zipCode.isEmpty() && city.isEmpty() && state.isEmpty() && country.isEmpty();
    }
}
