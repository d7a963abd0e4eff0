package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic helpers of the amounts the DRL computes (the formula shown to the reader is a
 * message of the reference data, filled with the same numbers).
 */
public final class Formula {

    private Formula() {
    }

    /** A fraction as percent points: 0.5 -> 50. */
    public static BigDecimal percent(BigDecimal fraction) {
        return plain(fraction.multiply(BigDecimal.valueOf(100)));
    }

    /** Roubles to the kopeck. */
    public static BigDecimal roubles(BigDecimal amount) {
        return plain(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros, but never in exponent notation: 20000000, not 2E+7. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
