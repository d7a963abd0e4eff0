package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a measure gives its subject, as the rules compute it: an amount in roubles, a rate in
 * percent, a date it ends, or the first year it can apply from; and the formula that produced it,
 * for the reader to check.
 */
public record Award(String measure, String subject, BigDecimal amountRub, BigDecimal ratePercent, LocalDate until,
                    Integer firstYear, Detail formula) {
}
