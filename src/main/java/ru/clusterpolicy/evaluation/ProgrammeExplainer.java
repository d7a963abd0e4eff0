package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.Text;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds one programme's decision from the session's findings: one finding per criterion in force
 * (several rows of a criterion combine, the worst status deciding), the verdict and the summary.
 */
final class ProgrammeExplainer {

    private final ReferenceData reference;
    private final FindingText texts;
    private final LocalDate asOf;

    ProgrammeExplainer(ReferenceData reference, FindingText texts, LocalDate asOf) {
        this.reference = reference;
        this.texts = texts;
        this.asOf = asOf;
    }

    Decision.ProgrammeDecision explain(Programme programme, List<Finding> findings) {
        Optional<Programme.Edition> edition = programme.editionAt(asOf);
        if (edition.isEmpty()) {
            return new Decision.ProgrammeDecision(programme.id(), programme.title(), null, Verdict.NOT_ELIGIBLE.name(),
                    reference.message("act_not_in_force").fill(Map.of("asOf", Text.same(asOf.toString()))), List.of());
        }
        List<Decision.CriterionFinding> criteria = new ArrayList<>();
        for (String criterion : programme.criteria()) {
            List<Requirement> inForce = programme.requirements().stream()
                    .filter(r -> r.criterion().equals(criterion) && r.inForceAt(asOf)).toList();
            if (inForce.isEmpty()) {
                continue;
            }
            List<Decision.CriterionFinding> rows = findings.stream()
                    .filter(f -> f.requirement().criterion().equals(criterion) && f.requirement().programme().equals(programme.id()))
                    .sorted(Comparator.comparing(f -> f.requirement().source().row()))
                    .map(texts::render)
                    .toList();
            criteria.add(rows.isEmpty() ? texts.noApplicableRow(inForce.get(0)) : combine(rows));
        }
        List<Status> binding = criteria.stream().filter(Decision.CriterionFinding::binding)
                .map(f -> Status.valueOf(f.status())).toList();
        Verdict verdict = Verdict.of(binding);
        return new Decision.ProgrammeDecision(programme.id(), programme.title(), edition.get().from(), verdict.name(),
                summary(programme, verdict, binding, criteria.size()), criteria);
    }

    private static Decision.CriterionFinding combine(List<Decision.CriterionFinding> rows) {
        if (rows.size() == 1) {
            return rows.get(0);
        }
        Status status = Verdict.combine(rows.stream().map(r -> Status.valueOf(r.status())).toList());
        Decision.CriterionFinding deciding = rows.stream().filter(r -> r.status().equals(status.name())).findFirst().orElseThrow();
        return new Decision.CriterionFinding(deciding.criterion(), deciding.status(), deciding.binding(),
                deciding.observed(), deciding.required(), deciding.gap(), deciding.legalRef(), deciding.verification(),
                deciding.note(), deciding.text(), deciding.source(), deciding.edition(), deciding.missingInputs(), rows);
    }

    private static Text summary(Programme programme, Verdict verdict, List<Status> binding, int total) {
        Map<String, Text> counts = Map.of(
                "met", count(binding, Status.MET),
                "notMet", count(binding, Status.NOT_MET),
                "unknown", count(binding, Status.UNKNOWN),
                "binding", Text.same(String.valueOf(binding.size())),
                "total", Text.same(String.valueOf(total)));
        return programme.summaries().get(verdict.name()).fill(counts);
    }

    private static Text count(List<Status> statuses, Status status) {
        return Text.same(String.valueOf(statuses.stream().filter(status::equals).count()));
    }
}
