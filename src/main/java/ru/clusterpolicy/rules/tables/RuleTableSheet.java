package ru.clusterpolicy.rules.tables;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Message;
import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.facts.Condition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of a Drools rule table on a sheet: a RuleSet block, then "RuleTable NAME", the
 * keyword row, the object-type row, the code row, the label row, and one rule per data row until
 * the first empty row. Drools accepts misspelt keywords and is vague about cells, so the layout is
 * checked here strictly against the columns each kind of table must have, and every problem names
 * its cell. Authors edit only the rows below the labels.
 */
public final class RuleTableSheet {

    /** A column: its label, the Drools keyword it must stand under, and the code it must carry. */
    public record Column(String label, String keyword, String snippet) {

        public static Column metadata(String label) {
            return new Column(label, "METADATA", label + "(\"$param\")");
        }

        /** A condition on a metric, written by authors as METRIC OPERATOR VALUE. */
        public static Column condition(String label) {
            return new Column(label, "CONDITION", "holds(\"$param\")");
        }

        /** The column whose value makes the row's rule hand its declaration to the catalog. */
        public static Column declare(String label, String catalogMethod) {
            return new Column(label, "ACTION", "insert(catalog." + catalogMethod + "(drools.getRule(), \"$param\"));");
        }
    }

    /** What a sheet's rule table holds: its name (the prefix of its rules' names) and its data rows. */
    public record Layout(String tableName, List<RowCells> rows) {
    }

    private RuleTableSheet() {
    }

    /** The name of the sheet's rule table ("RuleTable NAME"), if it has one. */
    public static Optional<String> tableName(Sheet sheet) {
        return find(sheet, "RuleTable").map(at -> Cells.text(sheet, at[0], at[1]).substring("RuleTable".length()).trim());
    }

    /** Whether the sheet starts a Drools rule set (it has a RuleSet cell): it then compiles into rules. */
    public static boolean isRuleSheet(Sheet sheet) {
        return find(sheet, "RuleSet").isPresent();
    }

    public static Optional<Layout> read(String file, Sheet sheet, List<Column> columns, List<PolicyProblem> problems) {
        Optional<int[]> start = find(sheet, "RuleTable");
        if (start.isEmpty()) {
            problems.add(PolicyProblem.of(file, sheet.getSheetName(), null, "sheet.noRuleTable"));
            return Optional.empty();
        }
        int tableRow = start.get()[0];
        Map<String, Integer> labels = checkHeader(file, sheet, tableRow, start.get()[1], columns, problems);
        if (labels == null) {
            return Optional.empty();
        }
        List<RowCells> rows = new ArrayList<>();
        int r = tableRow + 5;
        for (; r <= sheet.getLastRowNum() && !blank(sheet, r, labels); r++) {
            rows.add(new RowCells(file, sheet, r, labels, problems));
        }
        // Drools ends a rule table at its first empty row: rows typed below one would be dropped unread
        List<Integer> below = new ArrayList<>();
        for (int after = r + 1; after <= sheet.getLastRowNum(); after++) {
            if (!blank(sheet, after, labels)) {
                below.add(after + 1);
            }
        }
        if (!below.isEmpty()) {
            problems.add(PolicyProblem.of(file, sheet.getSheetName(), Cells.ref(r, start.get()[1]), "table.blankRow",
                    "row", r + 1, "rows", rowList(below)));
        }
        if (rows.isEmpty()) {
            problems.add(PolicyProblem.of(file, sheet.getSheetName(), Cells.ref(tableRow + 5, start.get()[1]), "table.noRows"));
        }
        return Optional.of(new Layout(tableName(sheet).orElseThrow(), rows));
    }

    private static boolean blank(Sheet sheet, int rowIndex, Map<String, Integer> labels) {
        return labels.values().stream().allMatch(c -> Cells.text(sheet, rowIndex, c) == null);
    }

    /** Row numbers as a reader scans them: "14, 15, 18" or "14, 15, 18 … (12 rows)". */
    private static String rowList(List<Integer> rows) {
        String shown = String.join(", ", rows.stream().limit(5).map(String::valueOf).toList());
        return rows.size() > 5 ? shown + " … (" + rows.size() + ")" : shown;
    }

    private static Optional<int[]> find(Sheet sheet, String prefix) {
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

    private static Map<String, Integer> checkHeader(String file, Sheet sheet, int tableRow, int firstColumn,
                                                    List<Column> columns, List<PolicyProblem> problems) {
        int keywordRow = tableRow + 1;
        int snippetRow = tableRow + 3;
        int labelRow = tableRow + 4;
        String name = sheet.getSheetName();
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (int c = firstColumn; Cells.text(sheet, labelRow, c) != null || Cells.text(sheet, keywordRow, c) != null; c++) {
            labels.put(Cells.text(sheet, labelRow, c), c);
        }
        int before = problems.size();
        List<String> expected = columns.stream().map(Column::label).toList();
        for (Column column : columns) {
            Integer c = labels.get(column.label());
            if (c == null) {
                problems.add(PolicyProblem.of(file, name, Cells.ref(labelRow, firstColumn), "table.noColumn",
                        "label", column.label(), "expected", String.join(", ", expected)));
                continue;
            }
            if (!column.keyword().equals(Cells.text(sheet, keywordRow, c))) {
                problems.add(PolicyProblem.of(file, name, Cells.ref(keywordRow, c), "table.keyword",
                        "label", column.label(), "keyword", column.keyword(), "found", Cells.text(sheet, keywordRow, c)));
            }
            if (!column.snippet().equals(Cells.text(sheet, snippetRow, c))) {
                problems.add(PolicyProblem.of(file, name, Cells.ref(snippetRow, c), "table.snippet",
                        "label", column.label(), "snippet", column.snippet()));
            }
        }
        labels.keySet().stream().filter(label -> !expected.contains(label))
                .forEach(label -> problems.add(PolicyProblem.of(file, name, Cells.ref(labelRow, labels.get(label)),
                        "table.unknownColumn", "label", label, "expected", String.join(", ", expected))));
        return problems.size() == before ? labels : null;
    }

    /** The cells of one data row, by column label, each problem located at its cell. */
    public static final class RowCells {
        private final String file;
        private final Sheet sheet;
        private final int rowIndex;
        private final Map<String, Integer> columns;
        private final List<PolicyProblem> problems;

        RowCells(String file, Sheet sheet, int rowIndex, Map<String, Integer> columns, List<PolicyProblem> problems) {
            this.file = file;
            this.sheet = sheet;
            this.rowIndex = rowIndex;
            this.columns = columns;
            this.problems = problems;
        }

        /** 1-based, as the spreadsheet shows it; also the suffix of the row's rule name. */
        public int row() {
            return rowIndex + 1;
        }

        public String sheetName() {
            return sheet.getSheetName();
        }

        public String text(String label) {
            return Cells.text(sheet, rowIndex, columns.get(label));
        }

        public String required(String label, String what) {
            String value = text(label);
            if (value == null) {
                problem(label, "cell.empty", "label", label, "what", what);
            }
            return value;
        }

        public LocalDate date(String label, boolean required) {
            String value = text(label);
            if (value == null) {
                if (required) {
                    problem(label, "cell.dateEmpty", "label", label);
                }
                return null;
            }
            return Cells.date(value).orElseGet(() -> {
                problem(label, "cell.notDate", "value", value);
                return null;
            });
        }

        /** A METRIC OPERATOR VALUE cell, checked; null when empty or wrong (then a problem is recorded). */
        public Condition condition(String label) {
            String value = text(label);
            if (value == null) {
                return null;
            }
            try {
                return Condition.parse(value);
            } catch (IllegalArgumentException e) {
                problem(label, "cell.condition", "value", value);
                return null;
            }
        }

        /** No cell of the row may hold a double quote: it would end the string in the generated rule. */
        public void checkNoDoubleQuotes() {
            for (String label : columns.keySet()) {
                String value = text(label);
                if (value != null && value.contains("\"")) {
                    problem(label, "cell.doubleQuote");
                }
            }
        }

        public int problemCount() {
            return problems.size();
        }

        /** @param arguments the problem's values, as name, value, name, value … */
        public void problem(String label, String key, Object... arguments) {
            problems.add(at(label).problem(key, arguments));
        }

        public PolicyProblem.At at(String label) {
            return new PolicyProblem.At(file, sheet.getSheetName(), Cells.ref(rowIndex, columns.get(label)));
        }

        /** The row's text pair in two columns (label_ru, label_en) as a message; null when absent or broken. */
        public Message message(String ru, String en, boolean required) {
            return Texts.message(text(ru), text(en), language -> at(language == Language.RU ? ru : en),
                    required, problems);
        }

        public List<PolicyProblem> problems() {
            return problems;
        }
    }
}
