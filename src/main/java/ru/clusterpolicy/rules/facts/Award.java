package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a measure gives its subject, as the rules compute it: an amount in roubles, a rate in
 * percent, or a date it ends; and the formula that produced it, for the reader to check.
 */
public record Award(String measure, String subject, BigDecimal amountRub, BigDecimal ratePercent, LocalDate until,
                    String formula) {
}
