package ru.clusterpolicy.texts;

import ru.clusterpolicy.i18n.Language;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page's own texts as i18n.js writes them: MESSAGES = { ru: { 'key': 'text', … }, en: { … } }. */
final class PageTexts {
    private static final Pattern LANGUAGE = Pattern.compile("^  (ru|en): \\{$", Pattern.MULTILINE);
    private static final Pattern ENTRY = Pattern.compile("'((?:[^'\\\\]|\\\\.)+)':\\s*'((?:[^'\\\\]|\\\\.)*)'");

    private PageTexts() {
    }

    static Map<Language, Map<String, String>> read(String script) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        Matcher language = LANGUAGE.matcher(script);
        int messagesEnd = script.indexOf("\n};");
        while (language.find()) {
            int start = language.end();
            int end = script.indexOf("\n  }", start);
            Map<String, String> entries = new LinkedHashMap<>();
            Matcher entry = ENTRY.matcher(script.substring(start, Math.min(end, messagesEnd)));
            while (entry.find()) {
                entries.put(unescape(entry.group(1)), unescape(entry.group(2)));
            }
            texts.put(Language.of(language.group(1)), entries);
        }
        return texts;
    }

    private static String unescape(String text) {
        return text.replace("\\'", "'").replace("\\\\", "\\");
    }
}
