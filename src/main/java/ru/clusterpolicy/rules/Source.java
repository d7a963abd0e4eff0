package ru.clusterpolicy.rules;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a piece of policy is written: a spreadsheet row (file, sheet, 1-based row) or a rule of
 * a DRL file (file, rule).
 */
@Serdeable
public record Source(String file, String sheet, Integer row, String rule) implements java.io.Serializable {

    public static Source row(String file, String sheet, int row) {
        return new Source(file, sheet, row, null);
    }

    public static Source drl(String file, String rule) {
        return new Source(file, null, null, rule);
    }

    public String describe() {
        return sheet == null ? file + " (rule \"" + rule + "\")" : file + " | " + sheet + " | row " + row;
    }
}
