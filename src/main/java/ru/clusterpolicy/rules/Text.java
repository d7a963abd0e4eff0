package ru.clusterpolicy.rules;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.function.UnaryOperator;

/** A bilingual text: Russian first, English second, as every explanation is shown. */
@Serdeable
public record Text(String ru, String en) {

    public Text map(UnaryOperator<String> russian, UnaryOperator<String> english) {
        return new Text(ru == null ? null : russian.apply(ru), en == null ? null : english.apply(en));
    }

    /** Replaces each {name} by its value, per language. */
    public Text fill(Map<String, Text> values) {
        return fill(values::get);
    }

    /** Replaces each {name} by the value the lookup gives (a {name} it does not know stays as it is). */
    public Text fill(java.util.function.Function<String, Text> values) {
        return map(ru -> substitute(ru, values, true), en -> substitute(en, values, false));
    }

    private static String substitute(String template, java.util.function.Function<String, Text> values, boolean russian) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open);
            Text value = values.apply(template.substring(open + 1, close));
            out.append(value == null ? template.substring(open, close + 1) : (russian ? value.ru() : value.en()));
            at = close + 1;
        }
        return out.toString();
    }

    public static Text same(String both) {
        return new Text(both, both);
    }
}
