package io.reimburse.model;

import java.util.Map;
import java.util.Optional;

/** Whether a customer (and the one-time vendor made for it) is a person or an organization (Vendors V2's party type). */
public enum PartyType {
    ORGANIZATION, PERSON;

    private static final Map<String, PartyType> WORDS = Map.ofEntries(
            Map.entry("organization", ORGANIZATION), Map.entry("organisation", ORGANIZATION),
            Map.entry("company", ORGANIZATION), Map.entry("societe", ORGANIZATION),
            Map.entry("entreprise", ORGANIZATION), Map.entry("business", ORGANIZATION),
            Map.entry("person", PERSON), Map.entry("personne", PERSON), Map.entry("individual", PERSON),
            Map.entry("particulier", PERSON), Map.entry("consumer", PERSON), Map.entry("consommateur", PERSON),
            Map.entry("private", PERSON));

    /** The type a PartyType cell names, in English or French; empty when it names none. */
    public static Optional<PartyType> parse(String written) {
        return Optional.ofNullable(WORDS.get(Names.normalize(written)));
    }

    /** The value Dynamics 365 takes in VENDORPARTYTYPE. */
    public String d365() {
        return this == PERSON ? "Person" : "Organization";
    }
}
