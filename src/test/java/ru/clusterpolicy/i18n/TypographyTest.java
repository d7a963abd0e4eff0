package ru.clusterpolicy.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where Russian keeps words on one line, written here with _ for the non-breaking space. */
class TypographyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ПП РФ от 31.07.2015 № 779, п. 2 «б» | ПП РФ от 31.07.2015 №_779, п._2 «б»",
            "ст. 427 НК РФ; ч. 3 ст. 20 | ст._427 НК РФ; ч._3 ст._20",
            "не менее 50 %, лимит 150 млн руб. | не менее 50_%, лимит 150_млн руб.",
            "сумма 1 000 000 руб. и 2 500 | сумма 1_000_000_руб. и 2_500",
            "+ 3 п. п. и 5 лет | + 3_п._п. и 5_лет",
            "в 5 лете, а не 5 лет | в 5 лете, а не 5_лет",
            "часть 3 и пункт 12 | часть 3 и пункт 12",
            "№ I квартала 2024 года | №_I квартала 2024_года"})
    void russianKeepsSignsNumbersUnitsAndDigitGroupsTogether(String text, String typeset) {
        assertEquals(typeset, Typography.russian(text).replace('\u00a0', '_'));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "at least 50 % and RUB 150 mln | at least 50_% and RUB 150_mln",
            "No. 779, 1 000 | No. 779, 1 000"})
    void englishKeepsOnlyNumbersAndUnitsTogether(String text, String typeset) {
        assertEquals(typeset, Typography.english(text).replace('\u00a0', '_'));
    }
}
