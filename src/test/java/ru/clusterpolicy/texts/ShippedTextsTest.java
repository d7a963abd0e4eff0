package ru.clusterpolicy.texts;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Template;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.i18n.Typography;
import ru.clusterpolicy.i18n.Value;
import ru.clusterpolicy.rules.PolicyCatalog;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.facts.Requirement;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text a person reads, as the shipped workbooks and the page write it, rendered for the
 * counts where Russian agreement goes wrong (0, 1, 2–4, 5, 11–14, 21, 22, 25, 101, 111) and for
 * every choice its selects make, then read for the defects a Russian reviewer found: a number
 * put straight before a noun instead of a plural form, hedged endings «(ов)», "?" or a blank
 * where a value belongs, JSON pointers, ISO dates, decimal points, English words, a plain space
 * after «№».
 */
class ShippedTextsTest {
    static final int[] COUNTS = {0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111};
    /** Keys a select of the shipped texts chooses by; a key a select lacks falls to its "other". */
    static final List<String> KEYS = List.of("yes", "no", "unknown", "none", "some", "valid", "expired", "future",
            "counted", "outside", "itself", "before", "incomplete", "projects", "participants", "0", "1", "2", "3", "x");
    /** A value printed by {name} alone: found again after rendering, to see what follows it. */
    static final Pattern BARE = Pattern.compile("⟦(\\d+)⟧(\\s+)([а-яё]+\\.?)");
    /**
     * The nouns (and their adjectives) the texts count: every word a plural form puts after its
     * number, and those the review found after a bare one. A bare value before one of them is a
     * count that does not agree ("{score} баллов" gives "61 баллов").
     */
    static final Set<String> COUNTED = new TreeSet<>(Set.of("балл", "балла", "баллов", "ставка", "ставки", "ставок",
            "участник", "участника", "участников", "предприятие", "предприятия", "предприятий", "промышленных",
            "промышленное", "промышленного", "регион", "региона", "регионов", "регионах", "регионе", "округ", "округа",
            "округов", "округах", "округе", "федеральных", "федеральном", "федеральный", "отрасль", "отрасли",
            "отраслей", "ошибка", "ошибки", "ошибок", "проект", "проекта", "проектов", "совместных", "лет", "года",
            "год", "строк", "строки", "строка", "мера", "меры", "мер", "условие", "условия", "условий"));
    /** Words a plural form may put after its number that are not the counted noun: "# из 10". */
    static final Set<String> NOT_NOUNS = Set.of("из", "и", "или", "в", "на", "до", "от", "с", "по", "за", "не");
    static final Pattern PLURAL_NOUN = Pattern.compile("#[\\s\\u00a0]+([а-яё]+)");
    static final Pattern HEDGE = Pattern.compile("[а-яё]\\((?:[а-яё]{1,3})(?:/[а-яё]{1,3})*\\)");
    static final Pattern POINTER = Pattern.compile("(?<![\\w.])/(?:participants|projects|cluster|specializedOrganization|"
            + "strategy|communications|international|innovation|contracts)\\b");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** A number with a decimal point, not a date (31.07.2015), an article (ст. 105.26) or an OKVED code. */
    static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.])(?<!(?:ст|п|пп|ч|ОКВЭД)\\.?[\\s\\u00a0])\\d+\\.\\d+(?![\\d.])");
    /** Latin words, Roman numerals aside ("II квартал"). */
    static final Pattern LATIN = Pattern.compile("\\b(?![IVXLC]+\\b)[A-Za-z][A-Za-z]+\\b");
    /** The numbered models of a special investment contract are written with a point: СПИК 1.0, СПИК 2.0. */
    static final Pattern SPIC_MODEL = Pattern.compile("(СПИК|модели)[\\s\\u00a0]\\d\\.\\d");
    /** Latin words a Russian text may hold: the names of the bodies and platforms it cites. */
    static final Set<String> LATIN_ALLOWED = Set.of("ESCA", "ECCP", "ClusterPolicy", "CSV", "XLSX", "JSON", "API", "SHA",
            "Ctrl", "Shift", "English");
    static final Pattern LEFTOVER = Pattern.compile("[{}?]|\\(\\s*\\)|\\s[,.;:]|\\s{2,}|:\\s*\\.|,\\s*\\.|⟦");

    @Test
    void everyRussianTextOfTheWorkbooksReadsWithoutTheReviewersDefects() {
        List<String> defects = new ArrayList<>();
        Map<String, Message> messages = workbookMessages(TestPolicies.repository().catalog());
        messages.values().forEach(m -> learnCountedNouns(m.template(Language.RU).source()));
        messages.forEach((where, message) -> read(where, message.template(Language.RU), true, defects));
        messages.forEach((where, message) -> read(where, message.template(Language.EN), false, defects));
        staticTexts(TestPolicies.repository().catalog()).forEach((where, text) -> {
            readRussian(where, text.ru(), defects);
            readEnglish(where, text.en(), defects);
        });
        assertTrue(defects.isEmpty(), defects.size() + " defects:\n" + String.join("\n", new TreeSet<>(defects)));
    }

    @Test
    void everyTextOfThePageReadsWithoutTheReviewersDefects() throws IOException {
        List<String> defects = new ArrayList<>();
        String script = Files.readString(TestPolicies.HOME.resolve("src/main/resources/public/assets/i18n.js"));
        Map<Language, Map<String, String>> page = PageTexts.read(script);
        page.get(Language.RU).values().forEach(ShippedTextsTest::learnCountedNouns);
        assertTrue(page.get(Language.RU).size() > 100, "the page's texts are read: " + page.get(Language.RU).size());
        page.forEach((language, texts) -> texts.forEach((key, text) -> {
            Template template = Template.compile(text, language);
            read("i18n.js " + language.code() + " " + key, template, language == Language.RU, defects);
        }));
        assertTrue(page.get(Language.RU).keySet().equals(page.get(Language.EN).keySet()),
                "both languages say the same things");
        assertTrue(defects.isEmpty(), defects.size() + " defects:\n" + String.join("\n", new TreeSet<>(defects)));
    }

    private static void learnCountedNouns(String source) {
        Matcher noun = PLURAL_NOUN.matcher(source);
        while (noun.find()) {
            if (!NOT_NOUNS.contains(noun.group(1))) {
                COUNTED.add(noun.group(1));
            }
        }
    }

    @Test
    void theReadingFindsEachDefectTheReviewFound() {
        COUNTED.add("баллов");
        Map<String, String> defective = Map.of(
                "{score} баллов", "a number before «баллов»",
                "{n} региона(ов)", "a hedged ending",
                "Штат: {observed}?", "a \"?\"",
                "Нет данных: /participants/2/kind", "a JSON pointer",
                "до 2024-05-14 включительно", "an ISO date",
                "ставка 9.3 %", "a decimal point",
                "5 years from the decision", "the English word",
                "ПП РФ № 779", "a breaking space after «№»",
                "{n, plural, one {# балл} other {# баллов}}", "a Russian plural without its one, few, many");
        defective.forEach((text, defect) -> {
            List<String> found = new ArrayList<>();
            read("probe", Template.compile(text, Language.RU), true, found);
            // the typesetting the service does is left out here, to see the plain space
            if (text.contains("№")) {
                readRussian("probe", text, found);
            }
            assertTrue(found.stream().anyMatch(f -> f.contains(defect)), text + " -> " + found);
        });
    }

    /** Renders a template for every count and choice and reads each rendering. */
    private static void read(String where, Template template, boolean russian, List<String> defects) {
        if (russian) {
            pluralFormsOf(where, template.source(), defects);
        }
        for (int count : COUNTS) {
            for (String key : KEYS) {
                String rendered = Typography.in(russian ? Language.RU : Language.EN,
                        template.render(name -> value(name, count, key)));
                if (russian) {
                    Matcher bare = BARE.matcher(rendered);
                    while (bare.find()) {
                        if (COUNTED.contains(bare.group(3))) {
                            defects.add(where + ": a number before «" + bare.group(3) + "» outside a plural form: "
                                    + template.source());
                        }
                    }
                }
                String plain = rendered.replaceAll("⟦(\\d+)⟧", "$1");
                if (russian) {
                    readRussian(where, plain, defects);
                } else {
                    readEnglish(where, plain, defects);
                }
            }
        }
        String unknown = Typography.in(russian ? Language.RU : Language.EN,
                template.render(name -> Value.unknown(russian ? "нет данных" : "no data")));
        if (russian) {
            readRussian(where + " (no data)", unknown, defects);
        }
    }

    /** What a placeholder is filled with: a count shown bare as ⟦N⟧ (to be found again) and in a plural as N. */
    private static Value value(String name, int count, String key) {
        return new Value("⟦" + count + "⟧", (double) count, String.valueOf(count), key, false);
    }

    private static void readRussian(String where, String text, List<String> defects) {
        if (text == null) {
            return;
        }
        check(where, text, HEDGE, "a hedged ending", defects);
        check(where, text, POINTER, "a JSON pointer", defects);
        check(where, text, ISO_DATE, "an ISO date", defects);
        check(where, SPIC_MODEL.matcher(text).replaceAll(""), DECIMAL_POINT, "a decimal point", defects);
        check(where, text, LEFTOVER, "a \"?\", a brace or an empty place", defects);
        if (text.contains("№ ")) {
            defects.add(where + ": a breaking space after «№»: " + text);
        }
        Matcher latin = LATIN.matcher(text);
        while (latin.find()) {
            if (!LATIN_ALLOWED.contains(latin.group())) {
                defects.add(where + ": the English word «" + latin.group() + "»: " + text);
            }
        }
    }

    private static void readEnglish(String where, String text, List<String> defects) {
        if (text == null) {
            return;
        }
        check(where, text, HEDGE, "a hedged ending", defects);
        check(where, text, POINTER, "a JSON pointer", defects);
        check(where, text, Pattern.compile("\\?|[{}]|⟦|\\s{2,}"), "a \"?\", a brace or an empty place", defects);
        check(where, text.replace("Русский", ""), Pattern.compile("[а-яА-ЯёЁ]"), "Russian in an English text", defects);
    }

    private static void check(String where, String text, Pattern pattern, String what, List<String> defects) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            defects.add(where + ": " + what + " «" + m.group() + "»: " + text);
        }
    }

    /** A Russian plural needs its one, few and many forms: "other" alone agrees only by chance. */
    private static void pluralFormsOf(String where, String source, List<String> defects) {
        MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(source
                .replaceAll("\\{(\\s*)(param|threshold):", "{$1$2__").replaceAll("\\.details", "__details"));
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> forms = new TreeSet<>();
            int limit = pattern.getLimitPartIndex(i);
            boolean exact = false;
            for (int j = i + 2; j < limit; j++) {
                MessagePattern.Part selector = pattern.getPart(j);
                if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    forms.add(pattern.getSubstring(selector));
                    exact |= pattern.getSubstring(selector).startsWith("=");
                    j = pattern.getLimitPartIndex(j + 1 + (pattern.getPart(j + 1).getType() == MessagePattern.Part.Type.ARG_INT
                            || pattern.getPart(j + 1).getType() == MessagePattern.Part.Type.ARG_DOUBLE ? 1 : 0));
                }
            }
            // a plural that only tells none from some ({list, plural, =0 {} other {…}}) names no count
            String argument = pattern.getPatternString().substring(part.getIndex(), pattern.getPart(limit).getLimit());
            boolean countsNothing = exact && forms.size() == 2 && forms.contains("other") && !argument.contains("#");
            if (!countsNothing && !forms.containsAll(Set.of("one", "few", "many", "other"))) {
                defects.add(where + ": a Russian plural without its one, few, many and other forms " + forms + ": " + source);
            }
        }
    }

    /** Every template of the rule set, by where it is written. */
    static Map<String, Message> workbookMessages(PolicyCatalog catalog) {
        Map<String, Message> messages = new LinkedHashMap<>();
        for (Programme programme : catalog.programmes()) {
            for (Requirement row : programme.requirements()) {
                String where = row.source().describe();
                put(messages, where + " text", row.text());
                put(messages, where + " gap", row.gap());
                put(messages, where + " observed", row.observedShown());
                put(messages, where + " required", row.requiredShown());
            }
            programme.summaries().forEach((answer, text) -> put(messages, programme.file() + " summary_" + answer, text));
            programme.measures().forEach(m -> put(messages, m.source().describe() + " text", m.text()));
            programme.indicators().forEach(i -> put(messages, programme.file() + " Indicators " + i.id(), i.improve()));
            programme.outcomes().values().forEach(rows -> rows.forEach(o -> put(messages, o.source().describe(), o.text())));
        }
        ReferenceData reference = catalog.reference();
        reference.messages().forEach((key, text) -> put(messages, "reference-data.xlsx Messages " + key, text));
        reference.fields().values().forEach(f -> put(messages, "reference-data.xlsx Fields " + f.pattern(), f.many()));
        return messages;
    }

    private static void put(Map<String, Message> messages, String where, Message message) {
        if (message != null) {
            messages.put(where, message);
        }
    }

    /** Every text shown as it is written: titles, answers, names, legal references, notes, labels. */
    static Map<String, Text> staticTexts(PolicyCatalog catalog) {
        Map<String, Text> texts = new LinkedHashMap<>();
        for (Programme programme : catalog.programmes()) {
            String file = programme.file();
            texts.put(file + " title", programme.title());
            programme.answers().forEach((answer, text) -> texts.put(file + " answer_" + answer, text));
            programme.criterionNames().forEach((criterion, name) -> texts.put(file + " Names " + criterion, name));
            for (Requirement row : programme.requirements()) {
                texts.put(row.source().describe() + " legal_ref", russian(row.legalRef()));
                texts.put(row.source().describe() + " note", russian(row.note()));
            }
            for (Programme.Measure measure : programme.measures()) {
                texts.put(measure.source().describe() + " title", measure.title());
                texts.put(measure.source().describe() + " act", russian(measure.act()));
                texts.put(measure.source().describe() + " note", russian(measure.note()));
            }
            programme.editions().forEach(e -> {
                texts.put(file + " Editions " + e.from() + " changes", e.changes());
                texts.put(file + " Editions " + e.from() + " act", russian(e.act()));
            });
            programme.bands().forEach(b -> texts.put(b.source().describe() + " label", b.label()));
            programme.blocks().forEach(b -> texts.put(file + " Blocks " + b.id(), b.name()));
            programme.indicators().forEach(i -> texts.put(file + " Indicators " + i.id() + " name", i.name()));
        }
        ReferenceData reference = catalog.reference();
        reference.fields().values().forEach(f -> texts.put("reference-data.xlsx Fields " + f.pattern(), f.label()));
        reference.names().forEach((key, name) -> texts.put("reference-data.xlsx " + key, name));
        return texts;
    }

    private static Text russian(String text) {
        return new Text(text, null);
    }
}
