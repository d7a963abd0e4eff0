package ru.clusterpolicy.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A text of the policy in one language, with ICU MessageFormat syntax: {@code {name}} for a value,
 * {@code {name, plural, one {# предприятие} few {# предприятия} many {# предприятий} other {# предприятия}}}
 * for a count with its noun, {@code {name, select, yes {…} other {…}}} for a choice. Parsed once by
 * ICU's MessagePattern when the rule set loads (a broken pattern is refused there); plural forms
 * come from ICU's plural rules of the language. Rendering walks the parsed pattern: immutable, so
 * shared by every evaluation.
 *
 * <p>Names may be written as policy authors read them: {@code {NAME.details}} (a metric's list),
 * {@code {param:NAME}} (a dated parameter), {@code {threshold:NAME}} (a condition's threshold).
 */
public final class Template {
    private static final Pattern QUALIFIED = Pattern.compile("\\{(\\s*)(param|threshold):([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern DETAILS = Pattern.compile("\\{(\\s*)([A-Za-z][A-Za-z0-9_]*)\\.details");
    private static final String SEPARATOR = "__";

    private final String source;
    private final MessagePattern pattern;
    private final PluralRules plurals;
    private final Set<String> arguments;

    private Template(String source, MessagePattern pattern, PluralRules plurals, Set<String> arguments) {
        this.source = source;
        this.pattern = pattern;
        this.plurals = plurals;
        this.arguments = arguments;
    }

    /** Why a text does not compile, for the author's message: the reason, and the part at fault. */
    public static final class Refused extends IllegalArgumentException {
        public enum Reason { BRACES, ARGUMENT_KIND, UNNAMED }

        private final Reason reason;

        Refused(Reason reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /**
     * Compiles a text; throws {@link Refused} saying what is wrong: a brace not closed, a plural
     * without its "other" form, a kind of argument other than plural and select, an unnamed one.
     */
    public static Template compile(String text, Language language) {
        String aliased = DETAILS.matcher(QUALIFIED.matcher(text).replaceAll("{$1$2" + SEPARATOR + "$3"))
                .replaceAll("{$1$2" + SEPARATOR + "details");
        MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
        try {
            pattern.parse(aliased);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new Refused(Refused.Reason.BRACES, e.getMessage());
        }
        Set<String> arguments = new LinkedHashSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                MessagePattern.ArgType type = part.getArgType();
                if (type != MessagePattern.ArgType.NONE && type != MessagePattern.ArgType.PLURAL
                        && type != MessagePattern.ArgType.SELECT) {
                    throw new Refused(Refused.Reason.ARGUMENT_KIND, pattern.getSubstring(pattern.getPart(i + 1)));
                }
                MessagePattern.Part name = pattern.getPart(i + 1);
                if (name.getType() != MessagePattern.Part.Type.ARG_NAME) {
                    throw new Refused(Refused.Reason.UNNAMED, pattern.getSubstring(name));
                }
                arguments.add(readable(pattern.getSubstring(name)));
            }
        }
        return new Template(text, pattern, PluralRules.forLocale(language.locale()), Set.copyOf(arguments));
    }

    /** The names the text asks for, as written ({param:NAME}, {NAME.details}). */
    public Set<String> arguments() {
        return arguments;
    }

    public String source() {
        return source;
    }

    private static String readable(String name) {
        if (name.endsWith(SEPARATOR + "details")) {
            return name.substring(0, name.length() - (SEPARATOR + "details").length()) + ".details";
        }
        for (String qualifier : new String[]{"param", "threshold"}) {
            if (name.startsWith(qualifier + SEPARATOR)) {
                return qualifier + ":" + name.substring(qualifier.length() + SEPARATOR.length());
            }
        }
        return name;
    }

    /** The text with its arguments filled; an argument the lookup does not know is left as written. */
    public String render(Function<String, Value> values) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        render(0, null, values, out);
        return out.toString();
    }

    /** @param number the value of the plural whose sub-message this is, for {@code #} */
    private void render(int messageStart, Value number, Function<String, Value> values, StringBuilder out) {
        String text = pattern.getPatternString();
        int previous = pattern.getPart(messageStart).getLimit();
        for (int i = messageStart + 1; ; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            MessagePattern.Part.Type type = part.getType();
            out.append(text, previous, part.getIndex());
            if (type == MessagePattern.Part.Type.MSG_LIMIT) {
                return;
            }
            previous = part.getLimit();
            if (type == MessagePattern.Part.Type.REPLACE_NUMBER) {
                out.append(number == null ? "#" : number.numberText());
                continue;
            }
            if (type != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            int argumentLimit = pattern.getLimitPartIndex(i);
            MessagePattern.ArgType argType = part.getArgType();
            String name = readable(pattern.getSubstring(pattern.getPart(i + 1)));
            Value value = values.apply(name);
            if (value == null) {
                out.append(text, part.getIndex(), pattern.getPart(argumentLimit).getLimit());
            } else if (argType == MessagePattern.ArgType.NONE || value.unknown() && argType == MessagePattern.ArgType.PLURAL) {
                out.append(value.text());
            } else if (argType == MessagePattern.ArgType.PLURAL) {
                render(pluralMessage(i, value), value, values, out);
            } else {
                render(selectMessage(i, value.key()), number, values, out);
            }
            previous = pattern.getPart(argumentLimit).getLimit();
            i = argumentLimit;
        }
    }

    /** The sub-message a plural chooses: an explicit =N first, then the language's form, then other. */
    private int pluralMessage(int argumentStart, Value value) {
        double number = value.number() == null ? Double.NaN : value.number();
        double offset = pattern.getPluralOffset(argumentStart);
        String form = Double.isNaN(number) ? "other" : plurals.select(number - offset);
        int keyword = -1;
        int other = -1;
        int limit = pattern.getLimitPartIndex(argumentStart);
        for (int i = argumentStart + 2; i < limit; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
                continue;
            }
            int next = i + 1;
            MessagePattern.Part.Type nextType = pattern.getPart(next).getType();
            if (nextType == MessagePattern.Part.Type.ARG_INT || nextType == MessagePattern.Part.Type.ARG_DOUBLE) {
                if (!Double.isNaN(number) && pattern.getNumericValue(pattern.getPart(next)) == number) {
                    return next + 1;
                }
                next++;
            } else if (keyword < 0 && pattern.partSubstringMatches(part, form)) {
                keyword = next;
            } else if (other < 0 && pattern.partSubstringMatches(part, "other")) {
                other = next;
            }
            i = pattern.getLimitPartIndex(next);
        }
        return keyword >= 0 ? keyword : other;
    }

    private int selectMessage(int argumentStart, String key) {
        int other = -1;
        int limit = pattern.getLimitPartIndex(argumentStart);
        for (int i = argumentStart + 2; i < limit; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
                continue;
            }
            if (pattern.partSubstringMatches(part, key)) {
                return i + 1;
            }
            if (other < 0 && pattern.partSubstringMatches(part, "other")) {
                other = i + 1;
            }
            i = pattern.getLimitPartIndex(i + 1);
        }
        return other;
    }

    @Override
    public String toString() {
        return source;
    }
}
