package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes the formula behind an amount for the reader, e.g.
 * {@code min(50 % × 70 000 000; 150 000 000 − 0) = 35 000 000}: the arithmetic itself is in the DRL.
 */
public final class Formula {
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator('.');
        return new DecimalFormat("#,##0.##", symbols);
    });

    private Formula() {
    }

    /** Fills {0}, {1}, … with the numbers, grouped by thousands. */
    public static String of(String template, BigDecimal... numbers) {
        String text = template;
        for (int i = 0; i < numbers.length; i++) {
            text = text.replace("{" + i + "}", number(numbers[i]));
        }
        return text;
    }

    public static String number(BigDecimal value) {
        return FORMAT.get().format(value);
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
