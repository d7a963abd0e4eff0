package ru.clusterpolicy.i18n;

import java.util.HashSet;
import java.util.Set;

/**
 * A text of the policy in both languages, compiled from a workbook's cells: rendered with the
 * values of one evaluation, then typeset for each language (non-breaking spaces).
 */
public final class Message implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Template ru;
    private final transient Template en;
    private final transient Object origin;

    private Message(Template ru, Template en, Object origin) {
        this.ru = ru;
        this.en = en;
        this.origin = origin;
    }

    /** The same message, knowing where it is written (the cells of a workbook, for the loader's checks). */
    public Message writtenAt(Object origin) {
        return new Message(ru, en, origin);
    }

    public Object origin() {
        return origin;
    }

    /** A text that fails to compile in one language: which, why, and the part at fault. */
    public static final class Invalid extends IllegalArgumentException {
        private final Language language;
        private final Template.Refused.Reason reason;

        Invalid(Language language, Template.Refused refused) {
            super(refused.getMessage());
            this.language = language;
            this.reason = refused.reason();
        }

        public Language language() {
            return language;
        }

        public Template.Refused.Reason reason() {
            return reason;
        }
    }

    public static Message compile(String ru, String en) {
        return new Message(compile(ru, Language.RU), compile(en, Language.EN), null);
    }

    private static Template compile(String text, Language language) {
        try {
            return Template.compile(text, language);
        } catch (Template.Refused e) {
            throw new Invalid(language, e);
        }
    }

    /** A text with no arguments, as it is written in both languages. */
    public static Message plain(Text text) {
        return compile(text.ru().replace("'", "''").replace("{", "'{'").replace("}", "'}'"),
                text.en().replace("'", "''").replace("{", "'{'").replace("}", "'}'"));
    }

    public Text render(Values values) {
        return new Text(values.typeset(ru.render(name -> values.get(name, Language.RU)), Language.RU),
                values.typeset(en.render(name -> values.get(name, Language.EN)), Language.EN));
    }

    public Template template(Language language) {
        return language == Language.RU ? ru : en;
    }

    /** The names either language asks for. */
    public Set<String> arguments() {
        Set<String> all = new HashSet<>(ru.arguments());
        all.addAll(en.arguments());
        return all;
    }

    /** Kept as its source texts (the parsed patterns are rebuilt when read back): a cached rule set's texts. */
    private Object writeReplace() {
        return new Written(ru.source(), en.source(), origin);
    }

    private record Written(String ru, String en, Object origin) implements java.io.Serializable {
        private Object readResolve() {
            return compile(ru, en).writtenAt(origin);
        }
    }

    @Override
    public String toString() {
        return ru.source() + " | " + en.source();
    }
}
