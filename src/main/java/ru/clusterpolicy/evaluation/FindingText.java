package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.i18n.Value;
import ru.clusterpolicy.i18n.Values;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Detail;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Formula;
import ru.clusterpolicy.rules.facts.Metric;
import ru.clusterpolicy.rules.facts.Operator;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders one requirement row's finding: the observed value and the requirement in the API's
 * units, and for people the row's texts filled in each language, the value seen and the
 * requirement in words ("6 промышленных предприятий", "не менее 10 промышленных предприятий").
 *
 * <p>A row's texts may use {observed}, {threshold}, {required}, {gap}, {details}, {missing},
 * {expiry}, {validity} (valid | expired | future, for a select), {asOf}, and any metric by name
 * ({SPECIAL_TERRITORY_SHARE}), its list ({NAME.details}) or a parameter ({param:NAME}).
 */
final class FindingText {

    private final ReferenceData reference;
    private final Function<String, Text> names;
    private final Placeholders placeholders;
    private final LocalDate asOf;
    /** The names a row's texts may ask for whose values come from the row and its metric alone (or the whole evaluation). */
    private static final Set<String> OWN_VALUES = Set.of("observed", "threshold", "required", "details", "missing", "gap",
            "expiry", "validity", "asOf");

    private final Map<Finding, Decision.CriterionFinding> rendered = new IdentityHashMap<>();
    /** Whether a requirement's texts ask only for its own values: then equal metrics render alike. */
    private final Map<Requirement, Boolean> ownValuesOnly = new IdentityHashMap<>();
    /** Findings rendered so far by what their rendering depends on (many participants' rows read the same). */
    private final Map<Requirement, Map<Rendering, Decision.CriterionFinding>> byRendering = new IdentityHashMap<>();
    private final Map<Message, Text> subjectFree = new IdentityHashMap<>();

    /** Everything a finding's rendering depends on, for a row whose texts ask for its own values only. */
    private record Rendering(Status status, Metric.Kind kind, BigDecimal value, BigDecimal upper, LocalDate date,
                             List<String> missing, List<Detail> details) {
    }

    /** @param names a criterion's name for people, by its id */
    FindingText(ReferenceData reference, Placeholders placeholders, LocalDate asOf, Function<String, Text> names) {
        this.reference = reference;
        this.names = names;
        this.placeholders = placeholders;
        this.asOf = asOf;
    }

    /** A text about a subject, its placeholders filled from the subject's and the cluster's metrics. */
    Text forSubject(Message text, String subject) {
        if (text.arguments().stream().allMatch(FindingText::sameForEverySubject)) {
            return subjectFree.computeIfAbsent(text, message -> placeholders.render(message, null));
        }
        return placeholders.render(text, subject);
    }

    private static boolean sameForEverySubject(String name) {
        return name.equals("asOf") || name.startsWith("param:");
    }

    /**
     * Renders a finding once per evaluation (a cluster-level row shows under every participant's
     * measure), and once for all the findings of a row whose texts read the same for equal metrics.
     */
    Decision.CriterionFinding render(Finding finding) {
        Decision.CriterionFinding done = rendered.get(finding);
        if (done == null) {
            Requirement requirement = finding.requirement();
            if (ownValuesOnly.computeIfAbsent(requirement, this::asksForOwnValuesOnly)) {
                Metric metric = finding.metric();
                Rendering rendering = new Rendering(finding.status(), metric.getKind(), metric.getValue(), metric.getUpper(),
                        metric.getDate(), metric.getMissing(), metric.getDetails());
                done = byRendering.computeIfAbsent(requirement, r -> new HashMap<>())
                        .computeIfAbsent(rendering, r -> renderOnce(finding));
            } else {
                done = renderOnce(finding);
            }
            rendered.put(finding, done);
        }
        return done;
    }

    private boolean asksForOwnValuesOnly(Requirement requirement) {
        List<Message> texts = new ArrayList<>();
        java.util.stream.Stream.of(requirement.text(), requirement.gap(), requirement.observedShown(), requirement.requiredShown())
                .filter(java.util.Objects::nonNull).forEach(texts::add);
        for (String key : List.of("not_applicable", "unknown_inputs", "gap_default", "observed_validity")) {
            texts.add(reference.message(key));
        }
        if (requirement.condition().operator() != Operator.ENDED) {
            texts.add(reference.message(operatorMessage(requirement.condition().operator())));
        }
        return texts.stream().flatMap(text -> text.arguments().stream())
                .allMatch(name -> OWN_VALUES.contains(name) || name.startsWith("param:") || name.startsWith("threshold:"));
    }

    private Decision.CriterionFinding renderOnce(Finding finding) {
        Requirement requirement = finding.requirement();
        Metric metric = finding.metric();
        Values values = placeholders.about(metric.getSubject(), own(requirement, metric));
        boolean ended = requirement.condition().operator() == Operator.ENDED;
        Text text = finding.status() == Status.NOT_APPLICABLE && !ended
                ? reference.message("not_applicable").render(values) : requirement.text().render(values);
        if (finding.status() == Status.UNKNOWN) {
            text = join(text, reference.message("unknown_inputs").render(values));
        }
        Text gap = null;
        if (finding.status() == Status.NOT_MET) {
            gap = (requirement.gap() != null ? requirement.gap() : reference.message("gap_default")).render(values);
        }
        List<String> missing = metric.getMissing();
        return new Decision.CriterionFinding(requirement.criterion(), names.apply(requirement.criterion()), finding.status().name(), requirement.binding(),
                ended ? null : observed(metric), ended ? null : required(requirement.condition(), metric),
                metric.isKnown() && !ended ? observedShown(requirement, values) : null,
                ended ? null : requiredShown(requirement, values),
                gap, requirement.legalRef(), requirement.verification(), requirement.note(), text, requirement.source(),
                new Decision.Edition(requirement.from(), requirement.to()), missing.isEmpty() ? null : missing, null);
    }

    /** The value seen, in words: the row's own way of saying it, or the value as its kind is shown. */
    private Text observedShown(Requirement requirement, Values values) {
        if (requirement.observedShown() != null) {
            return requirement.observedShown().render(values);
        }
        if (requirement.condition().operator() == Operator.VALID_YEARS) {
            return reference.message("observed_validity").render(values);
        }
        return Text.of(language -> values.get("observed", language).text());
    }

    /** The requirement in words: the row's own way of saying it, or the operator's words and the threshold. */
    private Text requiredShown(Requirement requirement, Values values) {
        if (requirement.requiredShown() != null) {
            return requirement.requiredShown().render(values);
        }
        return reference.message(operatorMessage(requirement.condition().operator())).render(values);
    }

    private static String operatorMessage(Operator operator) {
        return switch (operator) {
            case AT_LEAST -> "required_at_least";
            case AT_MOST -> "required_at_most";
            case MORE_THAN -> "required_more_than";
            case LESS_THAN -> "required_less_than";
            case EQUALS -> "required_equals";
            case NOT_EQUALS -> "required_not_equals";
            case VALID_YEARS -> "required_valid_years";
            case ENDED -> throw new IllegalStateException("an ended criterion has no requirement");
        };
    }

    /**
     * A criterion whose rows are in force but none applies: NOT_APPLICABLE when its rows say so
     * (when_missing), otherwise UNKNOWN (the applicability condition could not be checked).
     */
    Decision.CriterionFinding noApplicableRow(Requirement requirement) {
        Decision.Edition edition = new Decision.Edition(requirement.from(), requirement.to());
        if (requirement.whenMissing() == Status.NOT_APPLICABLE) {
            return new Decision.CriterionFinding(requirement.criterion(), names.apply(requirement.criterion()), Status.NOT_APPLICABLE.name(), requirement.binding(),
                    null, null, null, null, null, requirement.legalRef(), requirement.verification(), requirement.note(),
                    reference.message("no_row_applies").render(placeholders.about(null)), requirement.source(), edition, null, null);
        }
        Metric condition = requirement.appliesWhen() == null ? null
                : placeholders.metric(Condition.parse(requirement.appliesWhen()).metric());
        List<String> missing = condition == null ? List.of() : condition.getMissing();
        Text text = reference.message("no_applicable_row").render(placeholders.about(null,
                Map.of("missing", language -> placeholders.missing(missing, language))));
        return new Decision.CriterionFinding(requirement.criterion(), names.apply(requirement.criterion()), Status.UNKNOWN.name(), requirement.binding(), null,
                null, null, null, null, requirement.legalRef(), requirement.verification(), requirement.note(), text,
                requirement.source(), edition, missing.isEmpty() ? null : missing, null);
    }

    /** The values a row's texts have of their own. */
    private Map<String, Function<Language, Value>> own(Requirement requirement, Metric metric) {
        Map<String, Function<Language, Value>> values = new HashMap<>();
        Condition condition = requirement.condition();
        values.put("observed", language -> placeholders.shown(metric, language));
        values.put("threshold", language -> condition.operator() == Operator.VALID_YEARS
                ? placeholders.formats().numberValue(condition.threshold(), language)
                : placeholders.like(metric, condition.threshold(), language));
        values.put("details", language -> placeholders.details(metric.getDetails(), language));
        if (requirement.appliesWhen() != null) {
            Condition appliesWhen = Condition.parse(requirement.appliesWhen());
            Metric applied = placeholders.metric(appliesWhen.metric());
            values.put("threshold:" + appliesWhen.metric(), language -> applied == null
                    ? placeholders.formats().numberValue(appliesWhen.threshold(), language)
                    : placeholders.like(applied, appliesWhen.threshold(), language));
        }
        values.put("missing", language -> placeholders.missing(metric.getMissing(), language));
        values.put("required", language -> Value.text(requiredShown(requirement, placeholders.about(metric.getSubject(),
                Map.of("threshold", values.get("threshold")))).in(language)));
        if (condition.operator() == Operator.VALID_YEARS && metric.isKnown()) {
            LocalDate expiry = condition.expiry(metric);
            values.put("expiry", language -> placeholders.formats().dateValue(expiry, language));
            String validity = asOf.isBefore(metric.getDate()) ? "future" : asOf.isAfter(expiry) ? "expired" : "valid";
            values.put("validity", language -> Value.text(validity));
        }
        if (metric.isKnown() && metric.getKind() != Metric.Kind.DATE && metric.getKind() != Metric.Kind.FLAG) {
            BigDecimal gap = condition.threshold().subtract(metric.getValue()).abs();
            values.put("gap", language -> switch (metric.getKind()) {
                case SHARE -> placeholders.formats().numberValue(Formats.percentagePoints(gap), language);
                case AMOUNT -> placeholders.formats().moneyValue(gap, language);
                default -> placeholders.formats().numberValue(gap, language);
            });
        }
        return values;
    }

    /** The observed value in the response's units: counts and shares as numbers, flags as booleans, dates as text. */
    static Object observed(Metric metric) {
        if (!metric.isKnown()) {
            return null;
        }
        return switch (metric.getKind()) {
            case COUNT -> metric.getValue();
            case SHARE -> Formula.plain(metric.getValue().setScale(4, RoundingMode.HALF_UP));
            case FLAG -> metric.getValue().signum() > 0;
            case DATE -> metric.getDate().toString();
            case AMOUNT, NUMBER, YEAR -> Formula.plain(metric.getValue());
        };
    }

    /** The requirement as a compact expression in the same units as observed: ">= 10", ">= 0.1", "= true". */
    private static String required(Condition condition, Metric metric) {
        if (condition.operator() == Operator.VALID_YEARS) {
            return metric.isKnown() ? "valid until " + condition.expiry(metric) : condition.threshold() + " years from the decision";
        }
        String threshold = metric.getKind() == Metric.Kind.FLAG
                ? String.valueOf(condition.threshold().signum() > 0) : condition.threshold().toPlainString();
        return condition.operator().token() + " " + threshold;
    }

    private static Text join(Text first, Text second) {
        return new Text(first.ru() + " " + second.ru(), first.en() + " " + second.en());
    }
}
