package ru.clusterpolicy.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives each measure's reason once: the lines of one measure with the same status, texts and
 * findings (most often every participant's, word for word) share one {@link Decision.MeasureReason}
 * listing whom it applies to, and each line keeps only whom, the status and the amounts; its
 * {@code findings} stay in the contract's shape, empty, its {@code reason} naming where they are.
 */
final class MeasureReasons {

    private MeasureReasons() {
    }

    /** What makes two lines' reasons the same. */
    private record Key(String measure, String status, ru.clusterpolicy.i18n.Text text, List<Decision.CriterionFinding> findings) {
    }

    static Decision.ProgrammeDecision group(Decision.ProgrammeDecision programme) {
        if (programme.measures() == null || programme.measures().isEmpty()) {
            return programme;
        }
        Map<Key, List<Decision.MeasureDecision>> byReason = new LinkedHashMap<>();
        for (Decision.MeasureDecision line : programme.measures()) {
            byReason.computeIfAbsent(new Key(line.measure(), line.status(), line.text(), line.findings()),
                    key -> new ArrayList<>()).add(line);
        }
        Map<Decision.MeasureDecision, String> reasonOf = new java.util.IdentityHashMap<>();
        List<Decision.MeasureReason> reasons = new ArrayList<>();
        for (List<Decision.MeasureDecision> lines : byReason.values()) {
            String id = "R" + (reasons.size() + 1);
            lines.forEach(line -> reasonOf.put(line, id));
            Decision.MeasureDecision first = lines.get(0);
            reasons.add(new Decision.MeasureReason(id, first.measure(), first.status(), first.title(), first.text(),
                    first.act(), first.verification(), first.note(), first.source(), first.findings(), lines.size(),
                    ids(lines.stream().map(Decision.MeasureDecision::participantId).toList()),
                    ids(lines.stream().map(Decision.MeasureDecision::projectId).toList())));
        }
        List<Decision.MeasureDecision> lines = programme.measures().stream()
                .map(line -> new Decision.MeasureDecision(line.measure(), line.participantId(), line.projectId(),
                        line.status(), line.amountRub(), line.ratePercent(), line.until(), line.firstYear(), line.formula(),
                        null, null, null, null, null, null, List.of(), reasonOf.get(line)))
                .toList();
        return new Decision.ProgrammeDecision(programme.programme(), programme.title(), programme.edition(),
                programme.verdict(), programme.level(), programme.type(), programme.answer(), programme.score(),
                programme.maxScore(), programme.summary(), programme.caveats(), programme.decidedBy(),
                programme.completeness(), programme.blocks(), programme.indicators(), programme.nextLevel(),
                programme.findings(), lines, reasons, programme.regions(), programme.todo());
    }

    private static List<String> ids(List<String> ids) {
        List<String> present = ids.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : present;
    }
}
