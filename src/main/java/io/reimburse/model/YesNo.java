package io.reimburse.model;

import java.util.Optional;

/**
 * The words the inputs use for yes and no, in English and French, case, accents and spaces
 * ignored: one vocabulary for the Yes/No parameters and the blocking status.
 */
public final class YesNo {

    private YesNo() {
    }

    /** True for yes, false for no, empty for a word that is neither. */
    public static Optional<Boolean> parse(String text) {
        return ofWord(Names.normalize(text));
    }

    /** The same for a word already normalized by {@link Names#normalize}. */
    static Optional<Boolean> ofWord(String word) {
        return switch (word) {
            case "yes", "true", "1", "y", "oui", "o", "vrai" -> Optional.of(true);
            case "no", "false", "0", "n", "non", "faux" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
