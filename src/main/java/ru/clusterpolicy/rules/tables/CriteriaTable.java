package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Operator;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;
import ru.clusterpolicy.rules.facts.Threshold;
import ru.clusterpolicy.rules.tables.RuleTableSheet.Column;
import ru.clusterpolicy.rules.tables.RuleTableSheet.RowCells;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Criteria rule table of a programme: each row is one requirement of one edition, declared
 * when its applies_when condition holds.
 */
public final class CriteriaTable {

    public static final String NAME = "Criteria";

    static final List<Column> COLUMNS = List.of(
            Column.condition("applies_when"), Column.declare("criterion", "requirement"),
            Column.metadata("metric"), Column.metadata("operator"), Column.metadata("threshold"),
            Column.metadata("binding"), Column.metadata("when_missing"), Column.metadata("from"), Column.metadata("to"),
            Column.metadata("legal_ref"), Column.metadata("verification"), Column.metadata("note"),
            Column.metadata("text_ru"), Column.metadata("text_en"), Column.metadata("gap_ru"), Column.metadata("gap_en"),
            Column.metadata("observed_ru"), Column.metadata("observed_en"), Column.metadata("required_ru"),
            Column.metadata("required_en"));

    private CriteriaTable() {
    }

    /** The requirements of the table, by 1-based row. */
    public static Map<Integer, Requirement> read(String file, Sheet sheet, String programme, List<PolicyProblem> problems) {
        Map<Integer, Requirement> requirements = new LinkedHashMap<>();
        RuleTableSheet.read(file, sheet, COLUMNS, problems).ifPresent(layout -> layout.rows().forEach(row ->
                requirement(file, programme, row).ifPresent(r -> requirements.put(row.row(), r))));
        return requirements;
    }

    private static Optional<Requirement> requirement(String file, String programme, RowCells row) {
        int before = row.problemCount();
        row.checkNoDoubleQuotes();
        String criterion = row.required("criterion", "the criterion id, e.g. D779-INDUSTRIAL-MIN");
        if (criterion != null && !criterion.matches("[A-Z0-9][A-Z0-9-]*")) {
            row.problem("criterion", "criteria.id", "value", criterion);
        }
        String metric = row.required("metric", "the metric the criterion compares, e.g. INDUSTRIAL_COUNT");
        Operator operator = Operator.of(row.text("operator")).orElse(null);
        if (operator == null) {
            row.problem("operator", "criteria.operator", "value", row.text("operator"), "allowed", Operator.tokens());
        }
        BigDecimal threshold = operator == Operator.ENDED && row.text("threshold") == null ? BigDecimal.ZERO
                : Threshold.parse(row.text("threshold")).orElse(null);
        if (threshold == null) {
            row.problem("threshold", "criteria.threshold", "value", row.text("threshold"));
        } else if (operator == Operator.VALID_YEARS && threshold.stripTrailingZeros().scale() > 0) {
            row.problem("threshold", "criteria.years");
        }
        Boolean binding = yesNo(row, "binding");
        Status whenMissing = whenMissing(row);
        LocalDate from = row.date("from", true);
        LocalDate to = row.date("to", false);
        if (from != null && to != null && from.isAfter(to)) {
            row.problem("to", "criteria.endsBeforeStart", "to", to.toString(), "from", from.toString());
        }
        row.condition("applies_when");
        String legalRef = row.required("legal_ref", "the legal or methodological reference");
        String verification = verification(row);
        Message text = row.message("text_ru", "text_en", true);
        Message gap = row.message("gap_ru", "gap_en", false);
        Message observed = row.message("observed_ru", "observed_en", false);
        Message required = row.message("required_ru", "required_en", false);
        if (row.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Requirement(criterion, programme, new Condition(metric, operator, threshold),
                row.text("threshold"), binding, whenMissing, from, to, row.text("applies_when"), legalRef, verification,
                row.text("note"), text, gap, observed, required, Source.row(file, row.sheetName(), row.row())));
    }

    /** The row's verification, CONFIRMED, PARTIAL or UNCONFIRMED, from either language's word. */
    static String verification(RowCells row) {
        String verification = Words.verification(row.text("verification")).orElse(null);
        if (verification == null) {
            row.problem("verification", "cell.verification", "value", row.text("verification"), "accepted", Words.VERIFICATIONS);
        }
        return verification;
    }

    private static Boolean yesNo(RowCells row, String label) {
        String value = row.text(label);
        Boolean flag = Words.yesNo(value).orElse(null);
        if (flag == null) {
            row.problem(label, "cell.yesNo", "label", label, "value", value, "accepted", Words.YES_NO);
        }
        return flag;
    }

    private static Status whenMissing(RowCells row) {
        String value = row.text("when_missing");
        if (value == null || value.equals("UNKNOWN")) {
            return Status.UNKNOWN;
        }
        if (value.equals("NOT_APPLICABLE")) {
            return Status.NOT_APPLICABLE;
        }
        row.problem("when_missing", "criteria.whenMissing", "value", value);
        return null;
    }
}
