package io.reimburse.model;

/** The language of the report labels and descriptions. */
public enum Language {
    EN, FR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
