package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as each language writes them: "12,5 %" and "1 000" in Russian, "12.5 %" and "1,000" in English. */
final class Formats {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private Formats() {
    }

    static Text number(BigDecimal value) {
        return new Text(format(value, RUSSIAN), format(value, Locale.ENGLISH));
    }

    /** A fraction as a percentage, to one decimal. */
    static Text percent(BigDecimal fraction) {
        Text n = number(percentagePoints(fraction));
        return new Text(n.ru() + " %", n.en() + " %");
    }

    static BigDecimal percentagePoints(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String format(BigDecimal value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        if (locale == RUSSIAN) {
            DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
            symbols.setGroupingSeparator('\u00a0');
            format.setDecimalFormatSymbols(symbols);
        }
        return format.format(value);
    }
}
