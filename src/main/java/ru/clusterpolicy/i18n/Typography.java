package ru.clusterpolicy.i18n;

import java.util.List;

/**
 * Non-breaking spaces where Russian typesetting keeps words together: after «№», «п.», «ст.»,
 * «ч.», «г.» before their number, between a number and its unit (%, руб., млн, млрд, тыс., п. п.,
 * лет), between «п.» and «п.», and in the digit groups of a number, so that "№ 779" or "150 млн"
 * never breaks across lines. One pass over the text: it runs on every sentence of every answer.
 */
public final class Typography {
    private static final char NBSP = '\u00a0';
    /** Words after which a space before a number (or a Roman numeral, or a quotation) does not break. */
    private static final List<String> SIGNS = List.of("№", "п.", "пп.", "ст.", "ч.", "абз.", "г.");
    /** What may follow a number without a break. */
    private static final List<String> RUSSIAN_UNITS = List.of("%", "руб.", "млн", "млрд", "тыс.", "п. п.", "лет", "года", "год");
    private static final List<String> ENGLISH_UNITS = List.of("%", "RUB", "mln", "bln", "p.p.");

    private Typography() {
    }

    public static String russian(String text) {
        return typeset(text, true);
    }

    public static String english(String text) {
        return typeset(text, false);
    }

    public static String in(Language language, String text) {
        return language == Language.RU ? russian(text) : english(text);
    }

    private static String typeset(String text, boolean russian) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean changed = false;
        for (int i = 1; i + 1 < out.length; i++) {
            if (out[i] != ' ') {
                continue;
            }
            if (keepsTogether(text, i, russian)) {
                out[i] = NBSP;
                changed = true;
            }
        }
        return changed ? new String(out) : text;
    }

    /** Whether the space at i joins what is before it to what is after it. */
    private static boolean keepsTogether(String text, int i, boolean russian) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (Character.isDigit(before)) {
            if (startsWithAny(text, i + 1, russian ? RUSSIAN_UNITS : ENGLISH_UNITS)) {
                return true;
            }
            // a digit group: "1 000 000", three digits and then no fourth
            return russian && i + 3 < text.length() && Character.isDigit(after) && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3)) && (i + 4 == text.length() || !Character.isDigit(text.charAt(i + 4)));
        }
        if (!russian) {
            return false;
        }
        if (before == '.' && text.startsWith("п.", i + 1) && endsWithWord(text, i, "п.")) {
            return true;
        }
        boolean numberAfter = Character.isDigit(after) || after == 'I' || after == 'V' || after == 'X' || after == '«';
        if (numberAfter) {
            for (String sign : SIGNS) {
                if (endsWithWord(text, i, sign)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                int end = at + word.length();
                // a unit is a whole word: "лет", not "лете"
                if (end == text.length() || !Character.isLetter(text.charAt(end)) || !Character.isLetter(word.charAt(word.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word before position end is exactly the given one (a word boundary before it). */
    private static boolean endsWithWord(String text, int end, String word) {
        int start = end - word.length();
        if (start < 0 || !text.startsWith(word, start)) {
            return false;
        }
        return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    }
}
