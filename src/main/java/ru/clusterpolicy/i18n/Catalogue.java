package ru.clusterpolicy.i18n;

import com.ibm.icu.text.MessageFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The service's own sentences (errors of a request, problems of a policy file, the command line's
 * reports), one ICU MessageFormat pattern per key and language, read from NAME.properties
 * (English) and NAME_ru.properties beside a class. Plurals and number formats follow the
 * language's rules ({n, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}).
 */
public final class Catalogue {

    private final String name;
    private final Map<Language, Properties> patterns = new EnumMap<>(Language.class);

    /** @param owner the class beside whose package the NAME.properties files lie */
    public Catalogue(Class<?> owner, String name) {
        this.name = name;
        patterns.put(Language.EN, load(owner, name + ".properties"));
        patterns.put(Language.RU, load(owner, name + "_ru.properties"));
    }

    /** A properties file beside a class, read as UTF-8; missing from the build is a bug, said so. */
    public static Properties load(Class<?> owner, String file) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the build");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The sentence of a key in a language, its arguments given as name, value, name, value … */
    public String say(Language language, String key, Object... arguments) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            values.put((String) arguments[i], arguments[i + 1]);
        }
        return format(language, key, values);
    }

    /** The sentence of a key in a language, its {arguments} filled. */
    public String format(Language language, String key, Map<String, ?> arguments) {
        String pattern = patterns.get(language).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no text '" + key + "' in " + name + " (" + language.code() + ")");
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    public boolean has(String key) {
        return patterns.get(Language.EN).containsKey(key);
    }

    /** Every key of a language, for the test that both languages say the same things. */
    public Set<String> keys(Language language) {
        return new TreeSet<>(patterns.get(language).stringPropertyNames());
    }
}
