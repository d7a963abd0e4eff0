package ru.clusterpolicy.evaluation;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.NoUnit;
import ru.clusterpolicy.i18n.Dates;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.i18n.Value;
import ru.clusterpolicy.rules.ReferenceData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Values as each language writes them, by ICU: "1 000,5" and "1,000.5"; "57,1 %" and "57.1%";
 * money in roubles to the kopeck where it has kopecks, and "2,5 млрд руб." / "2.5 bln RUB" where a
 * large sum is exactly that; dates "14.05.2019" and "14 May 2019"; yes and no in words. The words
 * (units, yes, no, "no data") are the reference data's messages.
 */
final class Formats {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final Map<Language, LocalizedNumberFormatter> NUMBERS = new EnumMap<>(Language.class);
    private static final Map<Language, LocalizedNumberFormatter> PERCENTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            // immutable and safe to share between threads
            NUMBERS.put(language, NumberFormatter.withLocale(language.locale()).precision(Precision.maxFraction(4)));
            PERCENTS.put(language, NumberFormatter.withLocale(language.locale()).unit(NoUnit.PERCENT)
                    .precision(Precision.maxFraction(1)));
        }
    }

    private final Map<String, Text> words;

    Formats(ReferenceData reference) {
        this.words = Map.of("yes", word(reference, "yes"), "no", word(reference, "no"),
                "unknown", word(reference, "unknown_value"), "rub", word(reference, "unit_rub"),
                "million", word(reference, "unit_million"), "billion", word(reference, "unit_billion"));
    }

    private static Text word(ReferenceData reference, String key) {
        return reference.message(key).render((name, language) -> null);
    }

    String number(BigDecimal value, Language language) {
        return NUMBERS.get(language).format(value).toString();
    }

    Value numberValue(BigDecimal value, Language language) {
        return Value.number(value.doubleValue(), number(value, language));
    }

    /** A fraction as a percentage, to one decimal: 0.571 -> "57,1 %". */
    String percent(BigDecimal fraction, Language language) {
        return PERCENTS.get(language).format(percentagePoints(fraction)).toString();
    }

    Value percentValue(BigDecimal fraction, Language language) {
        BigDecimal points = percentagePoints(fraction);
        return Value.number(points.doubleValue(), percent(fraction, language));
    }

    static BigDecimal percentagePoints(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Roubles: exactly, with kopecks only when there are any; a large sum in millions or billions when that is exact. */
    String money(BigDecimal roubles, Language language) {
        BigDecimal magnitude = roubles.abs();
        String rub = words.get("rub").in(language);
        if (magnitude.compareTo(BILLION) >= 0 && exactTo(roubles.divide(BILLION), 2)) {
            return number(roubles.divide(BILLION), language) + " " + words.get("billion").in(language) + " " + rub;
        }
        if (magnitude.compareTo(MILLION) >= 0 && exactTo(roubles.divide(MILLION), 1)) {
            return number(roubles.divide(MILLION), language) + " " + words.get("million").in(language) + " " + rub;
        }
        BigDecimal exact = roubles.stripTrailingZeros().scale() > 0 ? roubles.setScale(2, RoundingMode.HALF_UP) : roubles;
        return NUMBERS.get(language).precision(exact.scale() > 0 ? Precision.fixedFraction(2) : Precision.integer())
                .format(exact).toString() + " " + rub;
    }

    private static boolean exactTo(BigDecimal value, int decimals) {
        return value.stripTrailingZeros().scale() <= decimals;
    }

    Value moneyValue(BigDecimal roubles, Language language) {
        return Value.number(roubles.doubleValue(), money(roubles, language));
    }

    String date(LocalDate date, Language language) {
        return Dates.day(date, language);
    }

    Value dateValue(LocalDate date, Language language) {
        return Value.text(date(date, language));
    }

    Value flag(boolean yes, Language language) {
        return Value.flag(yes, words.get(yes ? "yes" : "no").in(language));
    }

    String yesNo(boolean yes, Language language) {
        return words.get(yes ? "yes" : "no").in(language);
    }

    Value unknown(Language language) {
        return Value.unknown(words.get("unknown").in(language));
    }
}
