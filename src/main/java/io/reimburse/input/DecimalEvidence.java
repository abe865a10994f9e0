package io.reimburse.input;

import io.reimburse.model.SourceRef;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each amount column has shown of its decimal separator: "1 250,00" shows a comma, "1,250.00"
 * a point. An ambiguous value ("1,234") is read with the separator its column shows, earlier or
 * later in the file; a column showing both conventions is refused.
 */
final class DecimalEvidence {

    private final Map<Integer, AmountParser.Evidence> byColumn = new HashMap<>();
    private final Map<Integer, SourceRef> shownAt = new HashMap<>();

    /** The separator the column has shown, or null when none of its values told yet. */
    AmountParser.Evidence of(int column) {
        return byColumn.get(column);
    }

    /**
     * Notes what a value shows. When the column showed the other convention before, the row that
     * showed it: the column mixes conventions.
     */
    Optional<SourceRef> note(int column, AmountParser.Evidence evidence, SourceRef where) {
        if (evidence == AmountParser.Evidence.NONE) {
            return Optional.empty();
        }
        AmountParser.Evidence earlier = byColumn.putIfAbsent(column, evidence);
        if (earlier == null) {
            shownAt.put(column, where);
            return Optional.empty();
        }
        return earlier == evidence ? Optional.empty() : Optional.of(shownAt.get(column));
    }
}
