package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Bank of Russia key rate applied: the one in force at the evaluation date (since {@code from}),
 * or the value the request gave (then {@code from} is null).
 */
public record KeyRate(BigDecimal percent, LocalDate from) {
    public BigDecimal getPercent() {
        return percent;
    }
}
