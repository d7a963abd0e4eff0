package ru.clusterpolicy.i18n;

/**
 * What a template's argument stands for, as the template uses it: {@code {name}} shows
 * {@code text}; a plural chooses its form by {@code number} and shows {@code numberText} for
 * {@code #}; a select chooses by {@code key}. An unknown value replaces its whole argument, a
 * plural with its noun included, by the words for "no data".
 */
public record Value(String text, Double number, String numberText, String key, boolean unknown) {

    public static Value text(String text) {
        return new Value(text, null, null, text, false);
    }

    /** A quantity: shown as formatted for the language, its plural form chosen by its value. */
    public static Value number(double number, String display) {
        return new Value(display, number, display, display, false);
    }

    /**
     * A range of counts ("9–11", some inputs missing): a noun after it agrees with its upper end,
     * as Russian agrees with the last numeral.
     */
    public static Value range(double upper, String display) {
        return new Value(display, upper, display, display, false);
    }

    /** A yes/no value: shown in words, selected by "yes" or "no". */
    public static Value flag(boolean yes, String words) {
        return new Value(words, null, null, yes ? "yes" : "no", false);
    }

    /** A list: {name} shows its items, a plural counts them ({name, plural, =0 {} other {: {name}}}). */
    public static Value list(String items, int count, String countDisplay) {
        return new Value(items, (double) count, countDisplay, count == 0 ? "none" : "some", false);
    }

    public static Value unknown(String words) {
        return new Value(words, null, null, "unknown", true);
    }
}
