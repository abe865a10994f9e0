package io.reimburse.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An ISO 3166 country, known by its alpha-2 code ("FR"), its alpha-3 code ("FRA", what Dynamics 365
 * keys its countries/regions by) or its English or French name ("France", "Allemagne", "Germany"),
 * case, accents and punctuation ignored. Java's own ISO 3166 tables, not a list of this tool's.
 */
public record Country(String alpha2, String alpha3) {

    private static final Map<String, Country> BY_WRITTEN = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            Country country = new Country(alpha2, locale.getISO3Country());
            BY_WRITTEN.put(Names.normalize(alpha2), country);
            BY_WRITTEN.put(Names.normalize(country.alpha3()), country);
            BY_WRITTEN.putIfAbsent(Names.normalize(locale.getDisplayCountry(Locale.ENGLISH)), country);
            BY_WRITTEN.putIfAbsent(Names.normalize(locale.getDisplayCountry(Locale.FRENCH)), country);
        }
    }

    /** The country a balances cell names, if it names one. */
    public static Optional<Country> of(String written) {
        return Optional.ofNullable(BY_WRITTEN.get(Names.normalize(written)));
    }
}
