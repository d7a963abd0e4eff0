package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.i18n.Value;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.facts.Award;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;
import ru.clusterpolicy.rules.facts.Subjects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds one programme's decision from the session's findings: one finding per criterion in force
 * (several rows of a criterion combine, the worst status deciding), each measure per subject, the
 * verdict, the summary, and the caveats a reader must weigh before relying on it.
 */
final class ProgrammeExplainer {

    private final ReferenceData reference;
    private final FindingText texts;
    private final Placeholders placeholders;
    private final LocalDate asOf;
    private final Map<Programme.Scope, List<String>> subjects;
    /** By measure and subject. */
    private final Map<String, Award> awards;
    private final List<Outcome> outcomes;
    private final LevelExplainer levels;
    private final List<Decision.RegionPresence> regions;

    /**
     * @param subjects whom each scope of measure is judged for (participant and project keys; null for the cluster)
     * @param regions  where the participants are, for a classification's answer
     */
    ProgrammeExplainer(ReferenceData reference, FindingText texts, Placeholders placeholders, LocalDate asOf,
                       Map<Programme.Scope, List<String>> subjects, List<Decision.RegionPresence> regions,
                       Session session) {
        this.reference = reference;
        this.texts = texts;
        this.placeholders = placeholders;
        this.asOf = asOf;
        this.subjects = subjects;
        this.regions = regions;
        this.awards = session.awards().stream()
                .collect(Collectors.toMap(a -> a.measure() + "|" + a.subject(), a -> a, (first, second) -> first));
        this.outcomes = session.outcomes();
        this.levels = new LevelExplainer(reference, texts, placeholders, session);
    }

    Decision.ProgrammeDecision explain(Programme programme, List<Finding> all) {
        Optional<Programme.Edition> edition = programme.editionAt(asOf);
        if (edition.isEmpty()) {
            return Decision.ProgrammeDecision.verdict(programme.id(), programme.title(), null, Verdict.NOT_ELIGIBLE.name(),
                    programme.answers().get(Verdict.NOT_ELIGIBLE.name()), placeholders.message("act_not_in_force", Map.of()),
                    null, List.of(), null);
        }
        // by criterion, then by subject ("" for the cluster): looked up, not searched, per measure and subject
        Map<String, Map<String, List<Finding>>> findings = all.stream()
                .filter(f -> f.getProgramme().equals(programme.id()))
                .collect(Collectors.groupingBy(Finding::getCriterion,
                        Collectors.groupingBy(f -> f.getSubject() == null ? "" : f.getSubject())));
        List<Decision.CriterionFinding> criteria = new ArrayList<>();
        for (String criterion : programme.criteria()) {
            inForce(programme, criterion).ifPresent(first -> criteria.add(criterionFinding(first,
                    findings.getOrDefault(criterion, Map.of()).values().stream().flatMap(List::stream))));
        }
        if (programme.verdictRule() == Programme.VerdictRule.LEVELS) {
            return levels.explain(programme, edition.get().from(), criteria, caveats(programme, criteria, null));
        }
        if (programme.verdictRule() == Programme.VerdictRule.CLASSIFICATION) {
            return classification(programme, edition.get().from(), criteria);
        }
        List<Status> binding = criteria.stream().filter(Decision.CriterionFinding::binding)
                .map(f -> Status.valueOf(f.status())).toList();
        List<Decision.MeasureDecision> measures = programme.measures().stream()
                .flatMap(measure -> {
                    Optional<Requirement> inForce = inForce(programme, measure.id());
                    return subjects.get(measure.scope()).stream().map(s -> measure(measure, inForce, s, findings));
                })
                .toList();
        Verdict verdict = programme.verdictRule() == Programme.VerdictRule.GATE_AND_MEASURES
                ? Verdict.ofGateAndMeasures(binding, programme.measures().stream()
                        .filter(m -> m.fixedStatus() == null).map(Programme.Measure::id).toList(), measures)
                : Verdict.of(binding);
        return Decision.ProgrammeDecision.verdict(programme.id(), programme.title(), edition.get().from(), verdict.name(),
                programme.answers().get(verdict.name()), summary(programme, verdict, criteria, measures), caveats(programme, criteria, verdict), criteria,
                programme.measures().isEmpty() ? null : measures);
    }

    /** A classification: the first row of the Types table whose conditions hold. */
    private Decision.ProgrammeDecision classification(Programme programme, LocalDate edition,
                                                      List<Decision.CriterionFinding> criteria) {
        Optional<Outcome> winner = Outcomes.winner(outcomes, programme.id(), "Types");
        Decision.DecidedBy decidedBy = winner.map(o -> new Decision.DecidedBy(o.outcome(),
                levels.outcomeText(o), o.source())).orElse(null);
        Text summary = winner.map(o -> texts.forSubject(programme.summaries().get(o.outcome()), null))
                .orElse(placeholders.message("outcome_undetermined", Map.of()));
        return new Decision.ProgrammeDecision(programme.id(), programme.title(), edition, null, null,
                winner.map(Outcome::outcome).orElse(null), winner.map(o -> programme.answers().get(o.outcome())).orElse(null),
                null, null, summary, caveats(programme, criteria, null),
                decidedBy, null, null, null, null, criteria, null, null, regions, null);
    }

    private Optional<Requirement> inForce(Programme programme, String criterion) {
        return programme.requirements().stream().filter(r -> r.criterion().equals(criterion) && r.inForceAt(asOf)).findFirst();
    }

    /** The rows of one criterion (for one subject) combined; a criterion in force with no row applying is UNKNOWN. */
    private Decision.CriterionFinding criterionFinding(Requirement firstInForce, java.util.stream.Stream<Finding> rows) {
        List<Decision.CriterionFinding> rendered = rows
                .sorted(Comparator.comparing(f -> f.requirement().source().row()))
                .map(texts::render)
                .toList();
        if (rendered.isEmpty()) {
            return texts.noApplicableRow(firstInForce);
        }
        if (rendered.size() == 1) {
            return rendered.get(0);
        }
        Status status = Verdict.combine(rendered.stream().map(r -> Status.valueOf(r.status())).toList());
        Decision.CriterionFinding deciding = rendered.stream().filter(r -> r.status().equals(status.name())).findFirst().orElseThrow();
        return new Decision.CriterionFinding(deciding.criterion(), deciding.name(), deciding.status(), deciding.binding(),
                deciding.observed(), deciding.required(), deciding.observedDisplay(), deciding.requiredDisplay(), deciding.gap(),
                deciding.legalRef(), deciding.verification(), deciding.note(), deciding.text(), deciding.source(),
                deciding.edition(), deciding.missingInputs(), rendered);
    }

    /** @param inForce the first of the measure's rows in force on the evaluation date, if any */
    private Decision.MeasureDecision measure(Programme.Measure measure, Optional<Requirement> inForce, String subject,
                                             Map<String, Map<String, List<Finding>>> findings) {
        String status;
        Text text = texts.forSubject(measure.text(), subject);
        List<Decision.CriterionFinding> rows = null;
        if (measure.fixedStatus() != null) {
            status = measure.fixedStatus();
        } else if (inForce.isEmpty()) {
            status = "NOT_AVAILABLE";
            text = placeholders.message("measure_not_in_force", Map.of());
        } else {
            Map<String, List<Finding>> bySubject = findings.getOrDefault(measure.id(), Map.of());
            Decision.CriterionFinding combined = criterionFinding(inForce.get(), java.util.stream.Stream.concat(
                    bySubject.getOrDefault("", List.of()).stream(),
                    subject == null ? java.util.stream.Stream.empty() : bySubject.getOrDefault(subject, List.of()).stream()));
            rows = combined.parts() != null ? combined.parts() : List.of(combined);
            status = switch (Status.valueOf(combined.status())) {
                case MET -> "AVAILABLE";
                case UNKNOWN -> "UNKNOWN";
                case NOT_MET, NOT_APPLICABLE -> "NOT_AVAILABLE";
            };
        }
        Award award = "AVAILABLE".equals(status) ? awards.get(measure.id() + "|" + subject) : null;
        return new Decision.MeasureDecision(measure.id(), idOf(subject, Subjects.PARTICIPANT), idOf(subject, Subjects.PROJECT),
                status, award == null ? null : award.amountRub(), award == null ? null : award.ratePercent(),
                award == null ? null : award.until(), award == null ? null : award.firstYear(),
                award == null || award.formula() == null ? null : placeholders.detail(award.formula()), measure.title(), text,
                measure.act(), measure.verification(), measure.note(), measure.source(), rows, null);
    }

    private static String idOf(String subject, String prefix) {
        return subject != null && subject.startsWith(prefix) ? subject.substring(prefix.length()) : null;
    }

    private Text summary(Programme programme, Verdict verdict, List<Decision.CriterionFinding> criteria,
                         List<Decision.MeasureDecision> measures) {
        List<Decision.CriterionFinding> binding = criteria.stream().filter(Decision.CriterionFinding::binding).toList();
        Map<String, Function<Language, Value>> values = new HashMap<>();
        values.put("binding", count(binding.size()));
        values.put("total", count(criteria.size()));
        for (Status status : List.of(Status.MET, Status.NOT_MET, Status.UNKNOWN)) {
            List<Decision.CriterionFinding> with = binding.stream().filter(f -> f.status().equals(status.name())).toList();
            String key = switch (status) {
                case MET -> "met";
                case NOT_MET -> "notMet";
                default -> "unknown";
            };
            values.put(key, count(with.size()));
            values.put(key + "List", language -> names(programme, with, language));
        }
        values.put("available", count((int) measures.stream().filter(m -> m.status().equals("AVAILABLE")).count()));
        return programme.summaries().get(verdict.name()).render(placeholders.about(null, values));
    }

    private Function<Language, Value> count(int n) {
        return language -> placeholders.formats().numberValue(BigDecimal.valueOf(n), language);
    }

    private static Value names(Programme programme, List<Decision.CriterionFinding> findings, Language language) {
        List<String> names = findings.stream().map(f -> programme.criterionName(f.criterion()).in(language)).toList();
        return Value.list(String.join("; ", names), names.size(), String.valueOf(names.size()));
    }

    /**
     * What the answer rests on that is not settled: the deciding rows whose reference is not
     * confirmed against the official text (for a verdict: the rows that made it), and editions
     * last checked before the evaluation date.
     */
    private List<Text> caveats(Programme programme, List<Decision.CriterionFinding> criteria, Verdict verdict) {
        List<Decision.CriterionFinding> deciding = new ArrayList<>();
        for (Decision.CriterionFinding criterion : criteria) {
            if (!criterion.binding()) {
                continue;
            }
            String wanted = verdict == Verdict.NOT_ELIGIBLE ? Status.NOT_MET.name()
                    : verdict == Verdict.INSUFFICIENT_DATA ? Status.UNKNOWN.name() : null;
            for (Decision.CriterionFinding row : criterion.parts() != null ? criterion.parts() : List.of(criterion)) {
                boolean decides = wanted == null ? !row.status().equals(Status.NOT_APPLICABLE.name()) : row.status().equals(wanted);
                if (decides && !"CONFIRMED".equals(row.verification())) {
                    deciding.add(row);
                }
            }
        }
        List<Text> caveats = new ArrayList<>();
        if (!deciding.isEmpty()) {
            caveats.add(placeholders.message("caveat_unconfirmed", Map.of(
                    "count", count(deciding.size()),
                    "list", language -> unconfirmed(programme, deciding, language))));
        }
        if (programme.editionsChecked() != null && asOf.isAfter(programme.editionsChecked())) {
            caveats.add(placeholders.message("caveat_editions", Map.of("checked",
                    language -> placeholders.formats().dateValue(programme.editionsChecked(), language))));
        }
        return caveats.isEmpty() ? null : caveats;
    }

    /**
     * Each criterion with unconfirmed rows: its name, its requirement in words when it has a single
     * such row (a criterion of many rows is named once), how far it is verified.
     */
    private Value unconfirmed(Programme programme, List<Decision.CriterionFinding> rows, Language language) {
        Map<String, List<Decision.CriterionFinding>> byCriterion = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byCriterion.computeIfAbsent(row.criterion() + " " + row.verification(), k -> new ArrayList<>()).add(row));
        List<String> items = new ArrayList<>();
        for (List<Decision.CriterionFinding> group : byCriterion.values()) {
            Decision.CriterionFinding row = group.get(0);
            String required = group.size() == 1 && row.requiredDisplay() != null ? row.requiredDisplay().in(language) : null;
            items.add(placeholders.message("caveat_item", Map.of(
                    "name", l -> Value.text(programme.criterionName(row.criterion()).in(l)),
                    "required", l -> required == null ? Value.list("", 0, "0") : Value.text(required),
                    "verification", l -> Value.text(placeholders.message("verification_" + row.verification(), Map.of()).in(l))))
                    .in(language));
        }
        return Value.list(String.join("; ", items), items.size(), String.valueOf(items.size()));
    }
}
