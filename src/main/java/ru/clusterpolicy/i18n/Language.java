package ru.clusterpolicy.i18n;

import com.ibm.icu.util.ULocale;

import java.util.Locale;

/** The languages every text of the service is written in: Russian first, English second. */
public enum Language {
    RU("ru"), EN("en");

    private final String code;
    private final ULocale locale;

    Language(String code) {
        this.code = code;
        this.locale = new ULocale(code);
    }

    public String code() {
        return code;
    }

    public ULocale locale() {
        return locale;
    }

    /** The language of a code ("ru", "en-GB"); null for any other. */
    public static Language of(String code) {
        if (code == null) {
            return null;
        }
        String primary = code.trim().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        primary = dash < 0 ? primary : primary.substring(0, dash);
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return language;
            }
        }
        return null;
    }

    /**
     * The language an Accept-Language header asks for first among ours (RFC 9110 weights);
     * English when it names neither, since the service's clients are programs unless they say otherwise.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        Language best = null;
        double bestWeight = -1;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            Language language = of(parts[0]);
            double weight = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            if (language != null && weight > bestWeight && weight > 0) {
                best = language;
                bestWeight = weight;
            }
        }
        return best == null ? EN : best;
    }
}
