package ru.clusterpolicy.rules.tables;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.rules.PolicyProblem;

import java.util.List;
import java.util.function.Function;

/**
 * A workbook's text pair (Russian and English cells) compiled as a message; a pattern that does
 * not compile is a problem at its own cell, in the author's words.
 */
public final class Texts {
    private Texts() {
    }

    /** The cells a message is written in, each language's. */
    public record Written(PolicyProblem.At ru, PolicyProblem.At en) implements java.io.Serializable {
        public PolicyProblem.At in(Language language) {
            return language == Language.RU ? ru : en;
        }
    }

    /**
     * @param cell      the cell of a language's text, for the problem
     * @param required  whether both texts must be given (else both or neither)
     * @return the message, or null when the texts are absent or one of them is wrong (then a problem is recorded)
     */
    static Message message(String ru, String en, Function<Language, PolicyProblem.At> cell, boolean required,
                           List<PolicyProblem> problems) {
        if (ru == null || en == null) {
            if (required || ru != null || en != null) {
                Language missing = ru == null ? Language.RU : Language.EN;
                problems.add(cell.apply(missing).problem(missing == Language.RU ? "text.empty.ru" : "text.empty.en"));
            }
            return null;
        }
        try {
            return Message.compile(ru, en).writtenAt(new Written(cell.apply(Language.RU), cell.apply(Language.EN)));
        } catch (Message.Invalid e) {
            problems.add(cell.apply(e.language()).problem("text.broken." + e.reason(), "detail", e.getMessage()));
            return null;
        }
    }
}
