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
    // DecimalFormat is costly to build and not thread-safe: one per thread and language
    private static final ThreadLocal<DecimalFormat> RU = ThreadLocal.withInitial(() -> formatFor(RUSSIAN));
    private static final ThreadLocal<DecimalFormat> EN = ThreadLocal.withInitial(() -> formatFor(Locale.ENGLISH));

    private Formats() {
    }

    static Text number(BigDecimal value) {
        return new Text(RU.get().format(value), EN.get().format(value));
    }

    /** A fraction as a percentage, to one decimal. */
    static Text percent(BigDecimal fraction) {
        Text n = number(percentagePoints(fraction));
        return new Text(n.ru() + " %", n.en() + " %");
    }

    static BigDecimal percentagePoints(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static DecimalFormat formatFor(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (locale == RUSSIAN) {
            symbols.setGroupingSeparator('\u00a0');
        }
        return new DecimalFormat("#,##0.##", symbols);
    }
}
