package ru.clusterpolicy.i18n;

import io.micronaut.serde.annotation.Serdeable;

import java.util.function.Function;

/** A text in both languages, Russian first, as every explanation is shown and answered ({"ru": …, "en": …}). */
@Serdeable
public record Text(String ru, String en) implements java.io.Serializable {

    public String in(Language language) {
        return language == Language.RU ? ru : en;
    }

    /** The text made in each language by the same function. */
    public static Text of(Function<Language, String> inLanguage) {
        return new Text(inLanguage.apply(Language.RU), inLanguage.apply(Language.EN));
    }

    public static Text same(String both) {
        return new Text(both, both);
    }
}
