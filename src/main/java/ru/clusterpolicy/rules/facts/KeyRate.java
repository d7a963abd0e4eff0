package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Bank of Russia key rate applied: the one in force at the evaluation date (since {@code from},
 * as the table stood when it was last {@code checked}), or the value the request gave (then both
 * dates are null).
 */
public record KeyRate(BigDecimal percent, LocalDate from, LocalDate checked) implements java.io.Serializable {
    public BigDecimal getPercent() {
        return percent;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getChecked() {
        return checked;
    }

    /** Whether the evaluation date is later than the table's last check: the rate is the last known, not surely the rate then. */
    public boolean staleAt(LocalDate date) {
        return checked != null && date.isAfter(checked);
    }
}
