package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.Text;
import ru.clusterpolicy.rules.facts.Award;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;
import ru.clusterpolicy.rules.facts.Subjects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * Builds one programme's decision from the session's findings: one finding per criterion in force
 * (several rows of a criterion combine, the worst status deciding), each measure per subject, the
 * verdict and the summary.
 */
final class ProgrammeExplainer {

    private final ReferenceData reference;
    private final FindingText texts;
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
    ProgrammeExplainer(ReferenceData reference, FindingText texts, LocalDate asOf,
                       Map<Programme.Scope, List<String>> subjects, List<Decision.RegionPresence> regions,
                       Session session) {
        this.reference = reference;
        this.texts = texts;
        this.asOf = asOf;
        this.subjects = subjects;
        this.regions = regions;
        this.awards = session.awards().stream()
                .collect(Collectors.toMap(a -> a.measure() + "|" + a.subject(), a -> a, (first, second) -> first));
        this.outcomes = session.outcomes();
        this.levels = new LevelExplainer(reference, texts, session);
    }

    Decision.ProgrammeDecision explain(Programme programme, List<Finding> all) {
        Optional<Programme.Edition> edition = programme.editionAt(asOf);
        if (edition.isEmpty()) {
            return Decision.ProgrammeDecision.verdict(programme.id(), programme.title(), null, Verdict.NOT_ELIGIBLE.name(),
                    reference.message("act_not_in_force").fill(Map.of("asOf", Text.same(asOf.toString()))), List.of(),
                    null);
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
            return levels.explain(programme, edition.get().from(), criteria);
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
                summary(programme, verdict, binding, criteria.size(), measures), criteria,
                programme.measures().isEmpty() ? null : measures);
    }

    /** A classification: the first row of the Types table whose conditions hold. */
    private Decision.ProgrammeDecision classification(Programme programme, LocalDate edition,
                                                      List<Decision.CriterionFinding> criteria) {
        Optional<Outcome> winner = Outcomes.winner(outcomes, "Types");
        Decision.DecidedBy decidedBy = winner.map(o -> new Decision.DecidedBy(o.outcome(), texts.forSubject(o.text(), null),
                o.source())).orElse(null);
        Text summary = winner.map(o -> texts.forSubject(programme.summaries().get(o.outcome()), null))
                .orElse(reference.message("outcome_undetermined"));
        return new Decision.ProgrammeDecision(programme.id(), programme.title(), edition, null, null,
                winner.map(Outcome::outcome).orElse(null), null, null, summary, decidedBy, null, null, null, null,
                criteria, null, regions);
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
        return new Decision.CriterionFinding(deciding.criterion(), deciding.status(), deciding.binding(),
                deciding.observed(), deciding.required(), deciding.observedDisplay(), deciding.requiredDisplay(), deciding.gap(), deciding.legalRef(), deciding.verification(),
                deciding.note(), deciding.text(), deciding.source(), deciding.edition(), deciding.missingInputs(), rendered);
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
            text = reference.message("measure_not_in_force").fill(Map.of("asOf", Text.same(asOf.toString())));
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
                award == null ? null : award.formula(), measure.title(), text,
                measure.act(), measure.verification(), measure.note(), measure.source(), rows);
    }

    private static String idOf(String subject, String prefix) {
        return subject != null && subject.startsWith(prefix) ? subject.substring(prefix.length()) : null;
    }

    private static Text summary(Programme programme, Verdict verdict, List<Status> binding, int total,
                                List<Decision.MeasureDecision> measures) {
        Map<String, Text> counts = Map.of(
                "met", count(binding, Status.MET),
                "notMet", count(binding, Status.NOT_MET),
                "unknown", count(binding, Status.UNKNOWN),
                "binding", Text.same(String.valueOf(binding.size())),
                "total", Text.same(String.valueOf(total)),
                "available", Text.same(String.valueOf(measures.stream().filter(m -> m.status().equals("AVAILABLE")).count())));
        return programme.summaries().get(verdict.name()).fill(counts);
    }

    private static Text count(List<Status> statuses, Status status) {
        return Text.same(String.valueOf(statuses.stream().filter(status::equals).count()));
    }
}
