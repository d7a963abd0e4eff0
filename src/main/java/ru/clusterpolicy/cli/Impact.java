package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.Decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changes for one profile between two rule sets: every programme's verdict, level, type or
 * score, and every measure's status or amount, each with the criteria whose status changed.
 */
final class Impact {

    /** One change: the profile, the programme, what changed, from what to what, and why. */
    record Change(String profile, String programme, String what, String baseline, String candidate, String because) {
    }

    private Impact() {
    }

    static List<Change> between(String profile, Decision baseline, Decision candidate) {
        List<Change> changes = new ArrayList<>();
        Map<String, Decision.ProgrammeDecision> after = candidate.programmes().stream()
                .collect(Collectors.toMap(Decision.ProgrammeDecision::programme, p -> p));
        for (Decision.ProgrammeDecision before : baseline.programmes()) {
            Decision.ProgrammeDecision now = after.get(before.programme());
            if (now == null) {
                changes.add(new Change(profile, before.programme(), "programme", "present", "absent", ""));
                continue;
            }
            String because = criteriaChanged(before, now);
            compare(changes, profile, before.programme(), "verdict", before.verdict(), now.verdict(), because);
            compare(changes, profile, before.programme(), "level", before.level(), now.level(), because);
            compare(changes, profile, before.programme(), "type", before.type(), now.type(), because);
            compare(changes, profile, before.programme(), "score", plain(before.score()), plain(now.score()), because);
            Map<String, Decision.MeasureDecision> measuresNow = measures(now);
            measures(before).forEach((key, measure) -> {
                Decision.MeasureDecision other = measuresNow.get(key);
                String was = describe(measure);
                String is = other == null ? "absent" : describe(other);
                compare(changes, profile, before.programme(), key, was, is, other == null ? because : rowsChanged(measure, other));
            });
        }
        return changes;
    }

    private static void compare(List<Change> changes, String profile, String programme, String what, String was,
                                String is, String because) {
        if (!Objects.equals(was, is)) {
            changes.add(new Change(profile, programme, what, String.valueOf(was), String.valueOf(is), because));
        }
    }

    private static Map<String, Decision.MeasureDecision> measures(Decision.ProgrammeDecision programme) {
        Map<String, Decision.MeasureDecision> byKey = new LinkedHashMap<>();
        if (programme.measures() != null) {
            programme.measures().forEach(m -> byKey.put(m.measure() + (m.participantId() != null ? " " + m.participantId()
                    : m.projectId() != null ? " " + m.projectId() : ""), m));
        }
        return byKey;
    }

    private static String describe(Decision.MeasureDecision measure) {
        return measure.status() + (measure.amountRub() != null ? " " + plain(measure.amountRub()) + " RUB" : "")
                + (measure.ratePercent() != null ? " " + plain(measure.ratePercent()) + " %" : "");
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The criteria whose status differs, as "ID FROM→TO". */
    private static String criteriaChanged(Decision.ProgrammeDecision before, Decision.ProgrammeDecision now) {
        Map<String, String> was = before.findings().stream()
                .collect(Collectors.toMap(Decision.CriterionFinding::criterion, Decision.CriterionFinding::status, (a, b) -> a));
        return now.findings().stream()
                .filter(f -> !Objects.equals(was.get(f.criterion()), f.status()))
                .map(f -> f.criterion() + " " + was.get(f.criterion()) + "→" + f.status())
                .collect(Collectors.joining("; "));
    }

    private static String rowsChanged(Decision.MeasureDecision before, Decision.MeasureDecision now) {
        List<Decision.CriterionFinding> was = before.findings() == null ? List.of() : before.findings();
        List<Decision.CriterionFinding> is = now.findings() == null ? List.of() : now.findings();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.min(was.size(), is.size()); i++) {
            if (!was.get(i).status().equals(is.get(i).status())) {
                changed.add(is.get(i).source().describe() + " " + was.get(i).status() + "→" + is.get(i).status());
            }
        }
        return String.join("; ", changed);
    }
}
