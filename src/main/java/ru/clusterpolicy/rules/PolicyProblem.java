package ru.clusterpolicy.rules;

import io.micronaut.serde.annotation.Serdeable;
import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Text;

import java.util.HashMap;
import java.util.Map;

/**
 * One thing wrong with a policy file, located as precisely as possible: the file, and for a
 * spreadsheet the sheet and cell (A1 notation); what is wrong and how to fix it, in Russian and
 * English. The sentences are the problems catalogue's (problems.properties, problems_ru.properties):
 * KEY says what is wrong, KEY.fix how to fix it (or, for a family of keys, the family's .fix).
 */
@Serdeable
public record PolicyProblem(String file, String sheet, String cell, Text problem, Text fix) {
    private static final Catalogue TEXTS = new Catalogue(PolicyProblem.class, "problems");

    /** @param arguments the sentence's values, as name, value, name, value … (a {@link Text} in each language) */
    public static PolicyProblem of(String file, String sheet, String cell, String key, Object... arguments) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            values.put((String) arguments[i], arguments[i + 1] == null ? "" : arguments[i + 1]);
        }
        return new PolicyProblem(file, sheet, cell, say(key, values), say(fixOf(key), values));
    }

    public static PolicyProblem inFile(String file, String key, Object... arguments) {
        return of(file, null, null, key, arguments);
    }

    private static String fixOf(String key) {
        String candidate = key;
        while (!TEXTS.has(candidate + ".fix") && candidate.contains(".")) {
            candidate = candidate.substring(0, candidate.lastIndexOf('.'));
        }
        return candidate + ".fix";
    }

    /** A value that is itself a text in both languages is said in the problem's language. */
    private static Text say(String key, Map<String, Object> values) {
        return Text.of(language -> {
            Map<String, Object> inLanguage = new HashMap<>(values);
            inLanguage.replaceAll((name, value) -> value instanceof Text text ? text.in(language) : value);
            return TEXTS.format(language, key, inLanguage);
        });
    }

    /** A place in a policy file problems can be reported at. */
    public record At(String file, String sheet, String cell) implements java.io.Serializable {
        public PolicyProblem problem(String key, Object... arguments) {
            return PolicyProblem.of(file, sheet, cell, key, arguments);
        }
    }

    /** The line policy authors read: {@code file | sheet | cell | what is wrong | how to fix}. */
    public String line(Language language) {
        return String.join(" | ", file, orDash(sheet), orDash(cell), problem.in(language), orDash(fix.in(language)));
    }

    /** The line in English, for logs and exception messages. */
    public String line() {
        return line(Language.EN);
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
