package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** A threshold as written in a table cell: a number, or yes / no (да / нет) for a flag. */
public final class Threshold {

    private Threshold() {
    }

    public static Optional<BigDecimal> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String text = cell.trim().toLowerCase(Locale.ROOT);
        if (text.equals("yes") || text.equals("true") || text.equals("да")) {
            return Optional.of(BigDecimal.ONE);
        }
        if (text.equals("no") || text.equals("false") || text.equals("нет")) {
            return Optional.of(BigDecimal.ZERO);
        }
        try {
            return Optional.of(new BigDecimal(text.replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
