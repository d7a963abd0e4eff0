package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.rules.Text;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Operator;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;
import ru.clusterpolicy.rules.facts.Threshold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Criteria rule table of a programme workbook: the Drools RuleTable on the workbook's
 * first sheet (Drools compiles that sheet only). Its label row names the columns; each data row
 * is one requirement. Drools accepts misspelt keywords and is vague about cells, so the layout is
 * checked here strictly and every problem names its cell.
 */
public final class CriteriaTable {

    /** Column label, the Drools keyword it must stand under, and the snippet it must carry. */
    private record Column(String label, String keyword, String snippet) {
    }

    static final String DECLARE_SNIPPET = "insert(catalog.requirement(drools.getRule(), \"$param\"));";

    private static final List<Column> COLUMNS = List.of(
            new Column("applies_when", "CONDITION", "holds(\"$param\")"),
            new Column("criterion", "ACTION", DECLARE_SNIPPET),
            metadata("metric"), metadata("operator"), metadata("threshold"), metadata("binding"),
            metadata("when_missing"), metadata("from"), metadata("to"), metadata("legal_ref"),
            metadata("verification"), metadata("note"), metadata("text_ru"), metadata("text_en"),
            metadata("gap_ru"), metadata("gap_en"));

    private static final Set<String> VERIFICATION = Set.of("CONFIRMED", "PARTIAL", "UNCONFIRMED");

    private static Column metadata(String label) {
        return new Column(label, "METADATA", label + "(\"$param\")");
    }

    /** What a Criteria table holds: its name (the rule-name prefix) and its requirements by 1-based row. */
    public record Result(String tableName, Map<Integer, Requirement> requirements) {
    }

    private final String file;
    private final Sheet sheet;
    private final String programme;
    private final List<PolicyProblem> problems;

    public CriteriaTable(String file, Sheet sheet, String programme, List<PolicyProblem> problems) {
        this.file = file;
        this.sheet = sheet;
        this.programme = programme;
        this.problems = problems;
    }

    public Optional<Result> read() {
        Optional<int[]> start = find("RuleTable");
        if (start.isEmpty()) {
            problems.add(new PolicyProblem(file, sheet.getSheetName(), null,
                    "the first sheet has no 'RuleTable' cell",
                    "put the Criteria rule table on the first sheet: Drools reads only that one"));
            return Optional.empty();
        }
        int tableRow = start.get()[0];
        int firstColumn = start.get()[1];
        String tableName = Cells.text(sheet, tableRow, firstColumn).substring("RuleTable".length()).trim();
        Map<String, Integer> columns = checkHeader(tableRow, firstColumn);
        if (columns == null) {
            return Optional.empty();
        }
        Map<Integer, Requirement> requirements = new LinkedHashMap<>();
        for (int r = tableRow + 5; r <= sheet.getLastRowNum(); r++) {
            final int rowIndex = r;
            if (columns.values().stream().allMatch(c -> Cells.text(sheet, rowIndex, c) == null)) {
                break;
            }
            readRow(rowIndex, columns).ifPresent(req -> requirements.put(rowIndex + 1, req));
        }
        if (requirements.isEmpty() && problems.isEmpty()) {
            problems.add(new PolicyProblem(file, sheet.getSheetName(), Cells.ref(tableRow + 5, firstColumn),
                    "the Criteria table has no rows", "add one row per criterion edition below the labels"));
        }
        return Optional.of(new Result(tableName, requirements));
    }

    private Optional<int[]> find(String prefix) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 50); r++) {
            for (int c = 0; c < 10; c++) {
                String text = Cells.text(sheet, r, c);
                if (text != null && text.startsWith(prefix)) {
                    return Optional.of(new int[]{r, c});
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, Integer> checkHeader(int tableRow, int firstColumn) {
        int keywordRow = tableRow + 1;
        int snippetRow = tableRow + 3;
        int labelRow = tableRow + 4;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = firstColumn; Cells.text(sheet, labelRow, c) != null || Cells.text(sheet, keywordRow, c) != null; c++) {
            columns.put(Cells.text(sheet, labelRow, c), c);
        }
        int before = problems.size();
        for (Column column : COLUMNS) {
            Integer c = columns.get(column.label());
            if (c == null) {
                problems.add(new PolicyProblem(file, sheet.getSheetName(), Cells.ref(labelRow, firstColumn),
                        "no column labelled '" + column.label() + "' in the label row",
                        "the label row must name these columns: " + COLUMNS.stream().map(Column::label).toList()));
                continue;
            }
            if (!column.keyword().equals(Cells.text(sheet, keywordRow, c))) {
                problems.add(new PolicyProblem(file, sheet.getSheetName(), Cells.ref(keywordRow, c),
                        "column '" + column.label() + "' must stand under the keyword " + column.keyword()
                                + ", found '" + Cells.text(sheet, keywordRow, c) + "'",
                        "write " + column.keyword() + " exactly (Drools would accept a misspelling silently)"));
            }
            if (!column.snippet().equals(Cells.text(sheet, snippetRow, c))) {
                problems.add(new PolicyProblem(file, sheet.getSheetName(), Cells.ref(snippetRow, c),
                        "column '" + column.label() + "' must carry the code " + column.snippet(),
                        "restore the code cell; authors edit only the rows below the labels"));
            }
        }
        columns.keySet().stream()
                .filter(label -> COLUMNS.stream().noneMatch(col -> col.label().equals(label)))
                .forEach(label -> problems.add(new PolicyProblem(file, sheet.getSheetName(),
                        Cells.ref(labelRow, columns.get(label)), "unknown column '" + label + "'",
                        "remove it or rename it to one of " + COLUMNS.stream().map(Column::label).toList())));
        return problems.size() == before ? columns : null;
    }

    private Optional<Requirement> readRow(int rowIndex, Map<String, Integer> columns) {
        int before = problems.size();
        RowCells row = new RowCells(rowIndex, columns);
        for (String label : columns.keySet()) {
            String value = row.text(label);
            if (value != null && value.contains("\"")) {
                row.problem(label, "a double quote \" would break the generated rule", "use «ёлочки» instead");
            }
        }
        String criterion = row.required("criterion", "the criterion id, e.g. D779-INDUSTRIAL-MIN");
        if (criterion != null && !criterion.matches("[A-Z0-9][A-Z0-9-]*")) {
            row.problem("criterion", "criterion id '" + criterion + "' is not upper case letters, digits and hyphens",
                    "write it like D779-INDUSTRIAL-MIN");
        }
        String metric = row.required("metric", "the metric the criterion compares, e.g. INDUSTRIAL_COUNT");
        Operator operator = Operator.of(row.text("operator")).orElse(null);
        if (operator == null) {
            row.problem("operator", "unknown operator '" + row.text("operator") + "'", "use one of " + Operator.tokens());
        }
        BigDecimal threshold = Threshold.parse(row.text("threshold")).orElse(null);
        if (threshold == null) {
            row.problem("threshold", "threshold '" + row.text("threshold") + "' is not a number or yes/no",
                    "write a number (0.5 for 50 %) or yes / no");
        } else if (operator == Operator.VALID_YEARS && threshold.stripTrailingZeros().scale() > 0) {
            row.problem("threshold", "valid_years needs a whole number of years", "write e.g. 5");
        }
        Boolean binding = yesNo(row, "binding");
        Status whenMissing = whenMissing(row);
        LocalDate from = row.date("from", true);
        LocalDate to = row.date("to", false);
        if (from != null && to != null && from.isAfter(to)) {
            row.problem("to", "edition ends (" + to + ") before it starts (" + from + ")", "swap or correct the dates");
        }
        String appliesWhen = row.text("applies_when");
        if (appliesWhen != null) {
            try {
                Condition.parse(appliesWhen);
            } catch (IllegalArgumentException e) {
                row.problem("applies_when", e.getMessage(), "leave empty for a row that always applies");
            }
        }
        String legalRef = row.required("legal_ref", "the legal or methodological reference");
        String verification = row.text("verification");
        if (!VERIFICATION.contains(verification)) {
            row.problem("verification", "verification '" + verification + "' is not one of " + VERIFICATION,
                    "write CONFIRMED, PARTIAL or UNCONFIRMED");
        }
        Text text = new Text(row.required("text_ru", "the Russian text"), row.required("text_en", "the English text"));
        Text gap = new Text(row.text("gap_ru"), row.text("gap_en"));
        if ((gap.ru() == null) != (gap.en() == null)) {
            row.problem(gap.ru() == null ? "gap_ru" : "gap_en", "a gap text is given in one language only",
                    "write both gap_ru and gap_en, or neither");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Requirement(criterion, programme, new Condition(metric, operator, threshold),
                row.text("threshold"), binding,
                whenMissing, from, to, appliesWhen, legalRef, verification, row.text("note"), text,
                gap.ru() == null ? null : gap, Source.row(file, sheet.getSheetName(), rowIndex + 1)));
    }

    private static Boolean yesNo(RowCells row, String label) {
        String value = row.text(label);
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        row.problem(label, label + " is '" + value + "'", "write yes or no");
        return null;
    }

    private static Status whenMissing(RowCells row) {
        String value = row.text("when_missing");
        if (value == null || value.equals("UNKNOWN")) {
            return Status.UNKNOWN;
        }
        if (value.equals("NOT_APPLICABLE")) {
            return Status.NOT_APPLICABLE;
        }
        row.problem("when_missing", "when_missing is '" + value + "'", "write UNKNOWN (default) or NOT_APPLICABLE");
        return null;
    }

    /** The cells of one data row, by column label. */
    private final class RowCells {
        private final int rowIndex;
        private final Map<String, Integer> columns;

        RowCells(int rowIndex, Map<String, Integer> columns) {
            this.rowIndex = rowIndex;
            this.columns = columns;
        }

        String text(String label) {
            return Cells.text(sheet, rowIndex, columns.get(label));
        }

        String required(String label, String what) {
            String value = text(label);
            if (value == null) {
                problem(label, label + " is empty", "write " + what);
            }
            return value;
        }

        LocalDate date(String label, boolean required) {
            String value = text(label);
            if (value == null) {
                if (required) {
                    problem(label, label + " is empty", "write the date the edition comes into force, YYYY-MM-DD");
                }
                return null;
            }
            return Cells.date(value).orElseGet(() -> {
                problem(label, "'" + value + "' is not a date", "write YYYY-MM-DD");
                return null;
            });
        }

        void problem(String label, String what, String fix) {
            problems.add(new PolicyProblem(file, sheet.getSheetName(), Cells.ref(rowIndex, columns.get(label)), what, fix));
        }
    }
}
