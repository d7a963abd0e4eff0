package ru.clusterpolicy.cli;

import picocli.CommandLine.Option;
import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Language;

import java.util.HashMap;
import java.util.Map;

/**
 * The --lang option of the authors' tools and their sentences (tools.properties,
 * tools_ru.properties): Russian unless English is asked for.
 */
class Words {
    private static final Catalogue TOOLS = new Catalogue(Words.class, "tools");

    @Option(names = "--lang", defaultValue = "ru", description = "language of the report: ru or en (default ru)")
    String lang;

    Language language() {
        return "en".equals(lang) ? Language.EN : Language.RU;
    }

    /** @param arguments the sentence's values, as name, value, name, value … */
    String say(String key, Object... arguments) {
        return TOOLS.say(language(), key, arguments);
    }
}
