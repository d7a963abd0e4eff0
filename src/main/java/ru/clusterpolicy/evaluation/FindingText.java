package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.Text;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Formula;
import ru.clusterpolicy.rules.facts.Metric;
import ru.clusterpolicy.rules.facts.Operator;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one requirement row's finding: the observed value and requirement in the response's
 * units, and the row's texts with their {placeholders} filled in each language.
 *
 * <p>Placeholders: {observed}, {threshold}, {required}, {gap}, {details}, {missing}, {expiry},
 * and any metric by name ({SPECIAL_TERRITORY_SHARE}) or its details ({NAME.details}).
 */
final class FindingText {

    private final ReferenceData reference;
    private final LocalDate asOf;
    private final Map<Finding, Decision.CriterionFinding> rendered = new java.util.IdentityHashMap<>();
    /** Every metric by subject ("" for the cluster) and name; its texts rendered when a text first asks. */
    private final Map<String, Map<String, Metric>> metricsBySubject = new HashMap<>();
    private final Map<Metric, Text> displayed = new java.util.IdentityHashMap<>();
    private final Map<Metric, Text> listed = new java.util.IdentityHashMap<>();

    /**
     * @param metrics every metric of the session; those about a participant or project fill the
     *                placeholders of findings about that subject
     */
    FindingText(ReferenceData reference, List<Metric> metrics, LocalDate asOf) {
        this.reference = reference;
        this.asOf = asOf;
        metrics.forEach(m -> {
            metricsBySubject.computeIfAbsent(subjectKey(m.getSubject()), s -> new HashMap<>()).putIfAbsent(m.getName(), m);
        });
    }

    private static String subjectKey(String subject) {
        return subject == null ? "" : subject;
    }

    /** The placeholders of a finding's own values, then the subject's metrics, then the cluster's. */
    private java.util.function.Function<String, Text> lookup(Map<String, Text> own, String subject) {
        Map<String, Metric> ofSubject = subject == null ? Map.of() : metricsBySubject.getOrDefault(subject, Map.of());
        Map<String, Metric> ofCluster = metricsBySubject.getOrDefault("", Map.of());
        return name -> {
            Text value = own.get(name);
            if (value != null) {
                return value;
            }
            boolean details = name.endsWith(".details");
            String metricName = details ? name.substring(0, name.length() - ".details".length()) : name;
            Metric metric = ofSubject.getOrDefault(metricName, ofCluster.get(metricName));
            if (metric == null) {
                return null;
            }
            return details ? listed.computeIfAbsent(metric, m -> list(m.getDetails()))
                    : displayed.computeIfAbsent(metric, this::display);
        };
    }

    /** A text about a subject, its placeholders filled from the subject's and the cluster's metrics. */
    Text forSubject(Text text, String subject) {
        return text.fill(lookup(Map.of(), subject));
    }

    /** Renders a finding once per evaluation: a cluster-level row shows under every participant's measure. */
    Decision.CriterionFinding render(Finding finding) {
        return rendered.computeIfAbsent(finding, this::renderOnce);
    }

    private Decision.CriterionFinding renderOnce(Finding finding) {
        Requirement requirement = finding.requirement();
        Metric metric = finding.metric();
        Map<String, Text> shown = placeholders(requirement, metric);
        java.util.function.Function<String, Text> values = lookup(shown, metric.getSubject());
        Text text = finding.status() == Status.NOT_APPLICABLE
                ? reference.message("not_applicable").fill(values) : requirement.text().fill(values);
        List<String> missing = metric.getMissing();
        if (finding.status() == Status.UNKNOWN) {
            text = join(text, reference.message("unknown_inputs").fill(values));
        }
        Text gap = null;
        if (finding.status() == Status.NOT_MET) {
            gap = (requirement.gap() != null ? requirement.gap() : reference.message("gap_default")).fill(values);
        }
        return new Decision.CriterionFinding(requirement.criterion(), finding.status().name(), requirement.binding(),
                observed(metric), required(requirement.condition(), metric),
                metric.isKnown() ? shown.get("observed") : null,
                // a validity period reads better as the API's own "valid until ..." than as an operator
                requirement.condition().operator() == Operator.VALID_YEARS ? null : shown.get("required"),
                gap, requirement.legalRef(),
                requirement.verification(), requirement.note(), text, requirement.source(),
                new Decision.Edition(requirement.from(), requirement.to()), missing.isEmpty() ? null : missing, null);
    }

    /**
     * A criterion whose rows are in force but none applies: NOT_APPLICABLE when its rows say so
     * (when_missing), otherwise UNKNOWN (the applicability condition could not be checked).
     */
    Decision.CriterionFinding noApplicableRow(Requirement requirement) {
        if (requirement.whenMissing() == Status.NOT_APPLICABLE) {
            return new Decision.CriterionFinding(requirement.criterion(), Status.NOT_APPLICABLE.name(), requirement.binding(),
                    null, null, null, null, null, requirement.legalRef(), requirement.verification(), requirement.note(),
                    reference.message("no_row_applies"), requirement.source(),
                    new Decision.Edition(requirement.from(), requirement.to()), null, null);
        }
        Text text = join(requirement.text().map(t -> t.replaceAll("\\{[^}]*}", "…"), t -> t.replaceAll("\\{[^}]*}", "…")),
                reference.message("no_applicable_row"));
        Metric condition = requirement.appliesWhen() == null ? null
                : metricsBySubject.getOrDefault("", Map.of()).get(Condition.parse(requirement.appliesWhen()).metric());
        return new Decision.CriterionFinding(requirement.criterion(), Status.UNKNOWN.name(), requirement.binding(), null,
                null, null, null, null, requirement.legalRef(), requirement.verification(), requirement.note(), text,
                requirement.source(), new Decision.Edition(requirement.from(), requirement.to()),
                condition == null || condition.getMissing().isEmpty() ? null : condition.getMissing(), null);
    }

    private Map<String, Text> placeholders(Requirement requirement, Metric metric) {
        Map<String, Text> values = new HashMap<>();
        Condition condition = requirement.condition();
        values.put("observed", display(metric));
        values.put("threshold", displayThreshold(condition, metric));
        values.put("required", join(Text.same(condition.operator().token()), displayThreshold(condition, metric), " "));
        values.put("details", list(metric.getDetails()));
        values.put("missing", list(metric.getMissing()));
        values.put("asOf", Text.same(asOf.toString()));
        values.put("expiry", Text.same("?"));
        values.put("gap", Text.same("?"));
        if (condition.operator() == Operator.VALID_YEARS && metric.isKnown()) {
            values.put("expiry", Text.same(condition.expiry(metric).toString()));
        }
        if (metric.isKnown() && metric.getKind() != Metric.Kind.DATE) {
            BigDecimal gap = condition.threshold().subtract(metric.getValue()).abs();
            values.put("gap", metric.getKind() == Metric.Kind.SHARE
                    ? Formats.number(Formats.percentagePoints(gap)) : Formats.number(gap));
        }
        return values;
    }

    private Text display(Metric metric) {
        if (!metric.isKnown()) {
            return Text.same("?");
        }
        return switch (metric.getKind()) {
            case COUNT -> metric.isRange()
                    ? join(Formats.number(metric.getValue()), Formats.number(metric.getUpper()), "–")
                    : Formats.number(metric.getValue());
            case SHARE -> Formats.percent(metric.getValue());
            case FLAG -> reference.message(metric.getValue().signum() > 0 ? "yes" : "no");
            case DATE -> Text.same(metric.getDate().toString());
            case AMOUNT, NUMBER -> Formats.number(metric.getValue());
        };
    }

    private Text displayThreshold(Condition condition, Metric metric) {
        return switch (metric.getKind()) {
            case SHARE -> Formats.percent(condition.threshold());
            case FLAG -> reference.message(condition.threshold().signum() > 0 ? "yes" : "no");
            default -> Formats.number(condition.threshold());
        };
    }

    /** Listed items; an item may carry {message_key} placeholders, filled from the shared messages. */
    private Text list(List<String> items) {
        return items.isEmpty() ? reference.message("none") : Text.same(String.join("; ", items)).fill(reference.messages());
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
            case AMOUNT, NUMBER -> Formula.plain(metric.getValue());
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
        return join(first, second, " ");
    }

    private static Text join(Text first, Text second, String separator) {
        return new Text(first.ru() + separator + second.ru(), first.en() + separator + second.en());
    }
}
