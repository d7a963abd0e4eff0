package ru.clusterpolicy.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Workbook texts in ICU syntax: the language's plural forms, unknown values, ranges, lists and choices. */
class TemplateTest {
    static final String ENTERPRISES = "нужно ещё {gap, plural, one {# промышленное предприятие} few {# промышленных предприятия}"
            + " many {# промышленных предприятий} other {# промышленного предприятия}}";

    static String render(String text, Language language, Map<String, Value> values) {
        return Template.compile(text, language).render(values::get);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0 промышленных предприятий", "1, 1 промышленное предприятие", "2, 2 промышленных предприятия",
            "4, 4 промышленных предприятия", "5, 5 промышленных предприятий", "11, 11 промышленных предприятий",
            "12, 12 промышленных предприятий", "14, 14 промышленных предприятий", "21, 21 промышленное предприятие",
            "22, 22 промышленных предприятия", "25, 25 промышленных предприятий", "101, 101 промышленное предприятие",
            "111, 111 промышленных предприятий"})
    void aCountAgreesWithItsNounByTheLanguagesPluralRules(int count, String expected) {
        assertEquals("нужно ещё " + expected, render(ENTERPRISES, Language.RU, Map.of("gap", Value.number(count, "" + count))));
    }

    @Test
    void anUnknownValueDropsItsNounAndAnUnknownChoiceTakesOther() {
        String text = "Штат: {observed, plural, one {# ставка} few {# ставки} many {# ставок} other {# ставки}}"
                + "{stale, select, yes { (устарело)} other {}}.";
        assertEquals("Штат: нет данных.", render(text, Language.RU, Map.of("observed", Value.unknown("нет данных"),
                "stale", Value.unknown("нет данных"))));
    }

    @Test
    void aRangeShowsBothEndsAndItsNounAgreesWithTheUpperOne() {
        String text = "{observed, plural, one {# предприятие} few {# предприятия} many {# предприятий} other {# предприятия}}";
        assertEquals("9–11 предприятий", render(text, Language.RU, Map.of("observed", Value.range(11, "9–11"))));
        assertEquals("1–2 предприятия", render(text, Language.RU, Map.of("observed", Value.range(2, "1–2"))));
    }

    @Test
    void anEmptyListOmitsItsClause() {
        String text = "Участники без связей{details, plural, =0 {: нет} other { (#): {details}}}.";
        assertEquals("Участники без связей: нет.", render(text, Language.RU, Map.of("details", Value.list("", 0, "0"))));
        assertEquals("Участники без связей (2): А; Б.", render(text, Language.RU, Map.of("details", Value.list("А; Б", 2, "2"))));
    }

    @Test
    void namesAreWrittenAsAuthorsReadThem() {
        Template template = Template.compile("{SHARE.details} {param:CAP} {threshold:MATURITY_SCORE} {observed}", Language.EN);
        assertEquals(Set.of("SHARE.details", "param:CAP", "threshold:MATURITY_SCORE", "observed"), template.arguments());
        assertEquals("a b c d", template.render(Map.of("SHARE.details", Value.text("a"), "param:CAP", Value.text("b"),
                "threshold:MATURITY_SCORE", Value.text("c"), "observed", Value.text("d"))::get));
    }

    @Test
    void apostrophesAndGuillemetsAreText() {
        assertEquals("the cluster's «name»: x", render("the cluster's «name»: {v}", Language.EN, Map.of("v", Value.text("x"))));
    }

    @Test
    void anArgumentTheLookupDoesNotKnowStaysAsWritten() {
        assertEquals("a {b} c", render("a {b} c", Language.EN, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{gap, plural, one {# x}}", "{gap", "{gap, number}", "{0}", "{gap, plural, one {# x} other {# y}"})
    void aBrokenPatternIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Template.compile(text, Language.RU));
    }
}
