package ru.clusterpolicy.i18n;

import java.util.regex.Pattern;

/**
 * Non-breaking spaces where Russian typesetting keeps words together: after «№», «п.», «ст.»,
 * «ч.», «г.» before their number, between a number and its unit (%, руб., млн, млрд, тыс., п. п.,
 * лет), and in the digit groups of a number, so that "№ 779" or "150 млн" never breaks across lines.
 */
public final class Typography {
    private static final char NBSP = '\u00a0';
    private static final Pattern SIGN = Pattern.compile("(№|\\bп\\.|\\bпп\\.|\\bст\\.|\\bч\\.|\\bабз\\.|\\bг\\.) (?=[\\dIVX«])");
    private static final Pattern UNIT = Pattern.compile("(\\d) (?=%|руб\\.|млн|млрд|тыс\\.|п\\. п\\.|лет\\b|года?\\b)");
    private static final Pattern GROUP = Pattern.compile("(\\d) (?=\\d{3}(?!\\d))");
    private static final Pattern PERCENT_POINTS = Pattern.compile("п\\. п\\.");
    private static final Pattern ENGLISH_UNIT = Pattern.compile("(\\d) (?=%|RUB\\b|mln\\b|bln\\b|p\\.p\\.)");

    private Typography() {
    }

    public static String russian(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        String out = SIGN.matcher(text).replaceAll("$1" + NBSP);
        out = UNIT.matcher(out).replaceAll("$1" + NBSP);
        out = PERCENT_POINTS.matcher(out).replaceAll("п." + NBSP + "п.");
        // twice: "1 000 000" has overlapping groups
        out = GROUP.matcher(GROUP.matcher(out).replaceAll("$1" + NBSP)).replaceAll("$1" + NBSP);
        return out;
    }

    public static String english(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        return ENGLISH_UNIT.matcher(text).replaceAll("$1" + NBSP);
    }

    public static String in(Language language, String text) {
        return language == Language.RU ? russian(text) : english(text);
    }
}
