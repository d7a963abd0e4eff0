package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.rules.RuleSetDiff;
import ru.clusterpolicy.rules.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changes for one profile on one date between two rule sets: every programme's verdict,
 * level, type and score, every criterion's status, every measure's status, amount, rate and end,
 * each with why: the rows of the tables that changed under it (cell by cell), the parameters, the
 * DRL, or, for an answer, the criteria whose status moved.
 */
public final class Impact {
    private static final Catalogue CHANGES = new Catalogue(Impact.class, "changes");

    public enum What { ANSWER, CRITERION, MEASURE }

    /** One change; {@code amountDelta} is the change of a measure's amount in roubles (else zero). */
    public record Change(String profile, LocalDate date, String programme, What kind, String what, String baseline,
                  String candidate, String because, String measure, BigDecimal amountDelta) {
    }

    private final List<RuleSetDiff.Change> diff;
    private final Language language;

    public Impact(List<RuleSetDiff.Change> diff, Language language) {
        this.diff = diff;
        this.language = language;
    }

    public List<Change> between(String profile, LocalDate date, Decision baseline, Decision candidate) {
        List<Change> changes = new ArrayList<>();
        Map<String, Decision.ProgrammeDecision> after = candidate.programmes().stream()
                .collect(Collectors.toMap(Decision.ProgrammeDecision::programme, p -> p));
        for (Decision.ProgrammeDecision before : baseline.programmes()) {
            Decision.ProgrammeDecision now = after.get(before.programme());
            if (now == null) {
                continue;
            }
            List<Change> criteria = criteria(profile, date, before, now);
            String answerBecause = criteria.isEmpty() ? rowsOf(files(before, now), null)
                    : say("impact.becauseInputs", "criteria", criteria.stream()
                    .map(c -> c.what() + " " + c.baseline() + "→" + c.candidate()).collect(Collectors.joining("; ")));
            answer(changes, profile, date, before.programme(), "verdict", before.verdict(), now.verdict(), answerBecause);
            answer(changes, profile, date, before.programme(), "level", before.level(), now.level(), answerBecause);
            answer(changes, profile, date, before.programme(), "type", before.type(), now.type(), answerBecause);
            answer(changes, profile, date, before.programme(), "score", plain(before.score()), plain(now.score()),
                    rowsOf(files(before, now), null));
            changes.addAll(criteria);
            measures(changes, profile, date, before, now);
        }
        return changes;
    }

    private void answer(List<Change> changes, String profile, LocalDate date, String programme, String what, String was,
                        String is, String because) {
        if (!Objects.equals(was, is)) {
            changes.add(new Change(profile, date, programme, What.ANSWER, what, String.valueOf(was), String.valueOf(is),
                    because, null, BigDecimal.ZERO));
        }
    }

    /** Every criterion whose status moved, with the rows under it that changed. */
    private List<Change> criteria(String profile, LocalDate date, Decision.ProgrammeDecision before,
                                  Decision.ProgrammeDecision now) {
        Map<String, Decision.CriterionFinding> was = new LinkedHashMap<>();
        before.findings().forEach(f -> was.putIfAbsent(f.criterion(), f));
        List<Change> changes = new ArrayList<>();
        for (Decision.CriterionFinding finding : now.findings()) {
            Decision.CriterionFinding old = was.get(finding.criterion());
            String oldStatus = old == null ? null : old.status();
            if (!Objects.equals(oldStatus, finding.status())) {
                changes.add(new Change(profile, date, now.programme(), What.CRITERION, finding.criterion(),
                        String.valueOf(oldStatus), finding.status(), because(finding, old), null, BigDecimal.ZERO));
            }
        }
        return changes;
    }

    private void measures(List<Change> changes, String profile, LocalDate date, Decision.ProgrammeDecision before,
                          Decision.ProgrammeDecision now) {
        Map<String, Decision.MeasureDecision> measuresNow = measures(now);
        measures(before).forEach((key, measure) -> {
            Decision.MeasureDecision other = measuresNow.get(key);
            String was = describe(measure);
            String is = other == null ? "—" : describe(other);
            if (!was.equals(is)) {
                BigDecimal delta = amount(other).subtract(amount(measure));
                changes.add(new Change(profile, date, now.programme(), What.MEASURE, key, was, is,
                        measureBecause(measure, other), measure.measure(), delta));
            }
        });
    }

    private static BigDecimal amount(Decision.MeasureDecision measure) {
        return measure == null || measure.amountRub() == null ? BigDecimal.ZERO : measure.amountRub();
    }

    /** Why a finding moved: the changed cells of its rows, else the DRL, else the rows of its table that changed. */
    private String because(Decision.CriterionFinding now, Decision.CriterionFinding before) {
        List<Source> rows = new ArrayList<>();
        collect(now, rows);
        if (before != null) {
            collect(before, rows);
        }
        String cells = cellsOf(rows);
        if (!cells.isEmpty()) {
            return say("impact.becauseRows", "rows", cells);
        }
        String code = code();
        return !code.isEmpty() ? code : rowsOf(rows.stream().map(Source::file).distinct().toList(), null);
    }

    private String measureBecause(Decision.MeasureDecision before, Decision.MeasureDecision now) {
        List<Source> rows = new ArrayList<>();
        for (Decision.MeasureDecision m : new Decision.MeasureDecision[]{before, now}) {
            if (m != null && m.findings() != null) {
                m.findings().forEach(f -> collect(f, rows));
            }
        }
        String cells = cellsOf(rows);
        if (!cells.isEmpty()) {
            return say("impact.becauseRows", "rows", cells);
        }
        String parameters = diff.stream().filter(c -> "Parameters".equals(c.sheet())).map(this::describe)
                .collect(Collectors.joining("; "));
        if (!parameters.isEmpty()) {
            return say("impact.becauseParameters", "parameters", parameters);
        }
        String code = code();
        return !code.isEmpty() ? code : rowsOf(rows.stream().map(Source::file).distinct().toList(), null);
    }

    private static void collect(Decision.CriterionFinding finding, List<Source> rows) {
        if (finding.parts() != null) {
            finding.parts().forEach(p -> rows.add(p.source()));
        } else if (finding.source() != null) {
            rows.add(finding.source());
        }
    }

    /** The changed cells of the given rows (by the candidate's or the baseline's row number). */
    private String cellsOf(List<Source> rows) {
        return diff.stream().filter(c -> c.sheet() != null && rows.stream().anyMatch(r -> r.file().equals(c.file())
                        && c.sheet().equals(r.sheet()) && (Objects.equals(c.row(), r.row()) || Objects.equals(c.baselineRow(), r.row()))))
                .map(this::describe).distinct().collect(Collectors.joining("; "));
    }

    private String code() {
        String files = diff.stream().filter(c -> c.file().endsWith(".drl")).map(RuleSetDiff.Change::file).distinct()
                .collect(Collectors.joining(", "));
        return files.isEmpty() ? "" : say("impact.becauseCode", "files", files);
    }

    /** The changes in the given files (all files when none are given), for an answer no single row explains. */
    private String rowsOf(List<String> files, String sheet) {
        String rows = diff.stream().filter(c -> files.isEmpty() || files.contains(c.file()))
                .filter(c -> sheet == null || sheet.equals(c.sheet())).map(this::describe).distinct().limit(10)
                .collect(Collectors.joining("; "));
        return rows.isEmpty() ? code() : say("impact.becauseRows", "rows", rows);
    }

    private List<String> files(Decision.ProgrammeDecision before, Decision.ProgrammeDecision now) {
        List<String> files = new ArrayList<>();
        for (Decision.ProgrammeDecision p : new Decision.ProgrammeDecision[]{before, now}) {
            p.findings().forEach(f -> { if (f.source() != null) { files.add(f.source().file()); } });
            if (p.decidedBy() != null && p.decidedBy().source() != null) {
                files.add(p.decidedBy().source().file());
            }
        }
        return files.stream().distinct().toList();
    }

    /** A changed cell as a reviewer reads it: "decree-779.xlsx, Criteria, 12, threshold: 10 → 8". */
    public String describe(RuleSetDiff.Change change) {
        return switch (change.kind()) {
            case CELL -> say("diff.row", "file", change.file(), "sheet", change.sheet(), "row", change.row(),
                    "column", change.column(), "before", change.before(), "after", change.after());
            case ROW_ADDED -> say("diff.added", "file", change.file(), "sheet", change.sheet(), "row", change.row(),
                    "after", change.after());
            case ROW_REMOVED -> say("diff.removed", "file", change.file(), "sheet", change.sheet(), "row", change.row(),
                    "before", change.before());
            case FILE_ADDED -> say("diff.fileAdded", "file", change.file());
            case FILE_REMOVED -> say("diff.fileRemoved", "file", change.file());
            case LINE -> say("diff.drl", "file", change.file(), "line", change.row(), "before", change.before(),
                    "after", change.after());
        };
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
        return measure.status() + (measure.amountRub() != null ? " " + plain(measure.amountRub()) : "")
                + (measure.ratePercent() != null ? " " + plain(measure.ratePercent()) + "%" : "")
                + (measure.until() != null ? " ≤" + measure.until() : "");
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public Language language() {
        return language;
    }

    private String say(String key, Object... arguments) {
        return CHANGES.say(language, key, arguments);
    }
}
