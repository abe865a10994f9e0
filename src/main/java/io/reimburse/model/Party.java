package io.reimburse.model;

/**
 * Who a customer is for the vendor made for it: an organization (its name is the customer name), or
 * a person with a first and a last name.
 */
public record Party(PartyType type, String firstName, String lastName) {

    public static final Party ORGANIZATION = new Party(PartyType.ORGANIZATION, "", "");

    /**
     * A person. Without first and last name columns the customer name is split at its last space
     * ("Jean-Pierre Martin": Jean-Pierre, Martin); one word is the last name.
     */
    public static Party person(String firstName, String lastName, String name) {
        if (!firstName.isEmpty() || !lastName.isEmpty()) {
            return new Party(PartyType.PERSON, firstName, lastName);
        }
        String full = name.strip();
        int space = full.lastIndexOf(' ');
        return space < 0 ? new Party(PartyType.PERSON, "", full)
                : new Party(PartyType.PERSON, full.substring(0, space).strip(), full.substring(space + 1));
    }
}
