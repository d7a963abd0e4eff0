package ru.clusterpolicy.i18n;

/** What a text's arguments stand for, in a language; null for a name it does not know. */
@FunctionalInterface
public interface Values {
    Value get(String name, Language language);

    /** The rendered text typeset for its language; an evaluation may remember what it has already typeset. */
    default String typeset(String rendered, Language language) {
        return Typography.in(language, rendered);
    }
}
