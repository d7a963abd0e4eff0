package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.rules.Source;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A programme parameter in force on the evaluation date (a share, a cap, a start date), read from
 * the programme workbook's Parameters sheet. Exactly one of value and date is set.
 */
public record Parameter(String name, BigDecimal value, LocalDate date, String unit, LocalDate from, LocalDate to,
                        String legalRef, String verification, Source source) implements java.io.Serializable {

    /** Units a parameter is shown in: a share as a percentage, roubles as money, a date as a date. */
    public static final String SHARE = "доля";
    public static final String ROUBLES = "руб.";

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean inForceAt(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
