package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.i18n.Typography;
import ru.clusterpolicy.i18n.Value;
import ru.clusterpolicy.i18n.Values;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.facts.Detail;
import ru.clusterpolicy.rules.facts.Metric;
import ru.clusterpolicy.rules.facts.Parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the texts of one evaluation are filled with: any metric by name (about the text's subject
 * first, then the cluster), its list ({NAME.details}), the parameters in force ({param:NAME}), and
 * the values a finding brings of its own. Each value is shown as its kind is in the reader's
 * language; a missing input is named by the form's label and the participant's name and row.
 * One per evaluation: its values are made once, when a text first asks for them.
 */
final class Placeholders {
    private static final Pattern INDEXED = Pattern.compile("^/(participants|projects)/(\\d+)(?:/startBatchPurchases/(\\d+))?");
    /** Missing inputs of one field named one by one up to this many; more are counted. */
    private static final int NAMED_AT_MOST = 3;

    private final ReferenceData reference;
    private final Formats formats;
    private final LocalDate asOf;
    private final Map<String, Map<String, Metric>> metricsBySubject = new HashMap<>();
    private final Map<String, Parameter> parameters = new HashMap<>();
    private final List<String> participants;
    private final List<String> projects;
    private final Map<Metric, Value[]> shown = new IdentityHashMap<>();
    private final Map<Object, Value[]> lists = new IdentityHashMap<>();
    /** Texts typeset so far, per language: the same sentence recurs for many participants. */
    private final List<Map<String, String>> typeset = List.of(new HashMap<>(), new HashMap<>());

    /**
     * @param participants the participants' names by their index in the profile (their id when unnamed)
     * @param projects     the projects' names likewise
     */
    Placeholders(ReferenceData reference, List<Metric> metrics, List<Parameter> inForce, LocalDate asOf,
                 List<String> participants, List<String> projects) {
        this.reference = reference;
        this.formats = new Formats(reference);
        this.asOf = asOf;
        this.participants = participants;
        this.projects = projects;
        metrics.forEach(m -> metricsBySubject.computeIfAbsent(subjectKey(m.getSubject()), s -> new HashMap<>())
                .putIfAbsent(m.getName(), m));
        inForce.forEach(p -> parameters.putIfAbsent(p.name(), p));
    }

    Formats formats() {
        return formats;
    }

    private static String subjectKey(String subject) {
        return subject == null ? "" : subject;
    }

    /** The values of a text about a subject (a participant or project key; null for the cluster). */
    Values about(String subject) {
        return about(subject, Map.of());
    }

    /** The values of a text with some of its own (a finding's observed value, threshold, gap …) first. */
    Values about(String subject, Map<String, Function<Language, Value>> own) {
        Map<String, Metric> ofSubject = subject == null ? Map.of() : metricsBySubject.getOrDefault(subject, Map.of());
        Map<String, Metric> ofCluster = metricsBySubject.getOrDefault("", Map.of());
        return new Values() {
            @Override
            public Value get(String name, Language language) {
                return value(name, language, own, ofSubject, ofCluster);
            }

            @Override
            public String typeset(String rendered, Language language) {
                return typeset.get(language.ordinal()).computeIfAbsent(rendered, text -> Typography.in(language, text));
            }
        };
    }

    private Value value(String name, Language language, Map<String, Function<Language, Value>> own,
                        Map<String, Metric> ofSubject, Map<String, Metric> ofCluster) {
        Function<Language, Value> value = own.get(name);
        if (value != null) {
            return value.apply(language);
        }
        if (name.equals("asOf")) {
            return formats.dateValue(asOf, language);
        }
        if (name.startsWith("param:")) {
            Parameter parameter = parameters.get(name.substring("param:".length()));
            return parameter == null ? null : parameter(parameter, language);
        }
        boolean details = name.endsWith(".details");
        String metricName = details ? name.substring(0, name.length() - ".details".length()) : name;
        Metric metric = ofSubject.getOrDefault(metricName, ofCluster.get(metricName));
        if (metric == null) {
            // a metric the rules did not compute for this profile (the names are checked at load)
            return details ? Value.list("", 0, "0") : formats.unknown(language);
        }
        return details ? details(metric.getDetails(), language) : shown(metric, language);
    }

    /** The cluster's metric of that name, if the rules computed it. */
    Metric metric(String name) {
        return metricsBySubject.getOrDefault("", Map.of()).get(name);
    }

    /** A metric's value as its kind is shown: a count (or range), a percentage, yes/no, a date, money. */
    Value shown(Metric metric, Language language) {
        Value[] cached = shown.computeIfAbsent(metric, m -> new Value[Language.values().length]);
        if (cached[language.ordinal()] == null) {
            cached[language.ordinal()] = display(metric, language);
        }
        return cached[language.ordinal()];
    }

    private Value display(Metric metric, Language language) {
        if (!metric.isKnown()) {
            return formats.unknown(language);
        }
        return switch (metric.getKind()) {
            case COUNT -> metric.isRange()
                    ? Value.range(metric.getUpper().doubleValue(), formats.number(metric.getValue(), language) + "–"
                    + formats.number(metric.getUpper(), language))
                    : formats.numberValue(metric.getValue(), language);
            case SHARE -> formats.percentValue(metric.getValue(), language);
            case FLAG -> formats.flag(metric.getValue().signum() > 0, language);
            case DATE -> formats.dateValue(metric.getDate(), language);
            case AMOUNT -> formats.moneyValue(metric.getValue(), language);
            case YEAR -> Value.number(metric.getValue().doubleValue(), metric.getValue().toPlainString());
            case NUMBER -> formats.numberValue(metric.getValue(), language);
        };
    }

    /** A threshold or another value compared with a metric, shown as that metric's values are. */
    Value like(Metric metric, BigDecimal value, Language language) {
        return switch (metric.getKind()) {
            case SHARE -> formats.percentValue(value, language);
            case FLAG -> formats.flag(value.signum() > 0, language);
            case AMOUNT -> formats.moneyValue(value, language);
            default -> formats.numberValue(value, language);
        };
    }

    private Value parameter(Parameter parameter, Language language) {
        if (parameter.date() != null) {
            return formats.dateValue(parameter.date(), language);
        }
        if (Parameter.SHARE.equals(parameter.unit())) {
            return formats.percentValue(parameter.value(), language);
        }
        if (Parameter.ROUBLES.equals(parameter.unit())) {
            return formats.moneyValue(parameter.value(), language);
        }
        return formats.numberValue(parameter.value(), language);
    }

    /** Listed items, each in the reader's language; a plural over the list counts them. */
    Value details(List<Detail> items, Language language) {
        Value[] cached = lists.computeIfAbsent(items, i -> new Value[Language.values().length]);
        if (cached[language.ordinal()] == null) {
            List<String> shownItems = new ArrayList<>(items.size());
            for (Detail item : items) {
                shownItems.add(detail(item).in(language));
            }
            cached[language.ordinal()] = Value.list(String.join("; ", shownItems), items.size(),
                    formats.number(BigDecimal.valueOf(items.size()), language));
        }
        return cached[language.ordinal()];
    }

    /** One listed item in both languages. */
    Text detail(Detail item) {
        if (item.label() != null) {
            return Text.same(item.label());
        }
        if (item.name() != null) {
            Text name = reference.names().get(item.name());
            return name != null ? name : reference.message(item.name()).render((n, l) -> null);
        }
        return reference.message(item.message()).render((name, language) -> argument(item.arguments(), name, language));
    }

    private Value argument(Map<String, Object> arguments, String name, Language language) {
        if (!arguments.containsKey(name)) {
            return about(null).get(name, language);
        }
        Object value = arguments.get(name);
        if (value == null) {
            return formats.unknown(language);
        }
        if (value instanceof Detail.Roubles roubles) {
            return formats.moneyValue(roubles.amount(), language);
        }
        if (value instanceof Text text) {
            return Value.text(text.in(language));
        }
        if (value instanceof BigDecimal number) {
            return formats.numberValue(number, language);
        }
        if (value instanceof LocalDate date) {
            return formats.dateValue(date, language);
        }
        if (value instanceof Integer whole) {
            return Value.number(whole, String.valueOf(whole));
        }
        return Value.text(String.valueOf(value));
    }

    /**
     * The inputs a finding lacks, by the form's labels: each named with its participant (or
     * project) and row, and a field that many participants lack said once with their number.
     */
    Value missing(List<String> pointers, Language language) {
        Value[] cached = lists.computeIfAbsent(pointers, p -> new Value[Language.values().length]);
        if (cached[language.ordinal()] != null) {
            return cached[language.ordinal()];
        }
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String pointer : pointers) {
            byField.computeIfAbsent(pointer.replaceAll("/\\d+(?=/|$)", "/*"), f -> new ArrayList<>()).add(pointer);
        }
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : byField.entrySet()) {
            ReferenceData.Field labelled = reference.field(field.getKey()).orElse(null);
            String label = labelled == null ? reference.message("missing_field").render((n, l) -> null).in(language)
                    : labelled.label().in(language);
            List<String> where = field.getValue();
            if (where.size() > NAMED_AT_MOST) {
                int count = where.size();
                Message many = labelled != null && labelled.many() != null ? labelled.many() : reference.message("missing_many");
                String of = field.getKey().startsWith("/projects/") ? "projects" : "participants";
                named.add(many.render((name, l) -> switch (name) {
                    case "count" -> Value.number(count, formats.number(BigDecimal.valueOf(count), l));
                    case "label" -> Value.text(label);
                    case "of" -> Value.text(of);
                    default -> null;
                }).in(language));
                continue;
            }
            for (String pointer : where) {
                named.add(located(label, pointer, language));
            }
        }
        Value value = Value.list(String.join("; ", named), named.size(), String.valueOf(named.size()));
        cached[language.ordinal()] = value;
        return value;
    }

    /** A field's label with the participant, project and purchase its pointer is in. */
    private String located(String label, String pointer, Language language) {
        Matcher indexed = INDEXED.matcher(pointer);
        if (!indexed.find()) {
            return label;
        }
        int index = Integer.parseInt(indexed.group(2));
        boolean participant = indexed.group(1).equals("participants");
        List<String> names = participant ? participants : projects;
        String name = index < names.size() ? names.get(index) : "";
        Map<String, Value> values = new HashMap<>();
        values.put("label", Value.text(label));
        values.put("row", Value.number(index + 1, String.valueOf(index + 1)));
        values.put("name", Value.text(name));
        String where = reference.message(participant ? "missing_participant" : "missing_project")
                .render((n, l) -> values.get(n)).in(language);
        if (indexed.group(3) != null) {
            int purchase = Integer.parseInt(indexed.group(3)) + 1;
            values.put("place", Value.text(where));
            values.put("purchase", Value.number(purchase, String.valueOf(purchase)));
            where = reference.message("missing_purchase").render((n, l) -> values.get(n)).in(language);
        }
        return where;
    }

    /** A message of the reference data with values of its own, then those of the cluster. */
    Text message(String key, Map<String, Function<Language, Value>> own) {
        return reference.message(key).render(about(null, own));
    }

    Text render(Message message, String subject) {
        return message.render(about(subject));
    }
}
