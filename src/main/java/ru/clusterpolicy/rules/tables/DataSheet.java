package ru.clusterpolicy.rules.tables;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Message;
import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain data sheet: a header row of column names in row 1, then one record per row until the
 * first empty row. Columns are found by name, strictly: a missing or misspelt column is a problem.
 */
public final class DataSheet {

    /** One data row: its cells by column name, located for error messages. */
    public record Record(String file, Sheet sheet, int rowIndex, Map<String, Integer> columns) {

        public String text(String column) {
            Integer c = columns.get(column);
            return c == null ? null : Cells.text(sheet, rowIndex, c);
        }

        /** 1-based row number, as a spreadsheet shows it. */
        public int row() {
            return rowIndex + 1;
        }

        /** @param arguments the problem's values, as name, value, name, value … */
        public PolicyProblem problem(String column, String key, Object... arguments) {
            return at(column).problem(key, arguments);
        }

        public PolicyProblem.At at(String column) {
            Integer c = columns.get(column);
            return new PolicyProblem.At(file, sheet.getSheetName(), c == null ? "A" + row() : Cells.ref(rowIndex, c));
        }

        /** The record's text pair in two columns as a message; null when absent or broken (a problem is recorded). */
        public Message message(String ru, String en, boolean required, List<PolicyProblem> problems) {
            return Texts.message(text(ru), text(en), language -> at(language == Language.RU ? ru : en),
                    required, problems);
        }

        /** The record's verification, CONFIRMED, PARTIAL or UNCONFIRMED, from either language's word; null and a problem otherwise. */
        public String verification(List<PolicyProblem> problems) {
            String verification = Words.verification(text("verification")).orElse(null);
            if (verification == null) {
                problems.add(problem("verification", "cell.verification", "value", text("verification"),
                        "accepted", Words.VERIFICATIONS));
            }
            return verification;
        }

        /** A yes/no cell in either language; null and a problem when it says anything else. */
        public Boolean yesNo(String column, List<PolicyProblem> problems) {
            Boolean flag = Words.yesNo(text(column)).orElse(null);
            if (flag == null) {
                problems.add(problem(column, "cell.yesNo", "label", column, "value", text(column), "accepted", Words.YES_NO));
            }
            return flag;
        }

        /** Whether the sheet has the column (for optional ones). */
        public boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    private DataSheet() {
    }

    /** A sheet the workbook must have; its absence is reported and null returned. */
    public static Sheet required(String file, org.apache.poi.ss.usermodel.Workbook workbook, String name,
                                 List<PolicyProblem> problems) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(PolicyProblem.of(file, name, null, "data.noSheet", "name", name));
        }
        return sheet;
    }

    /** The records of a sheet; none when the sheet is absent (its absence is reported by the caller). */
    public static List<Record> read(String file, Sheet sheet, List<String> required, List<PolicyProblem> problems) {
        if (sheet == null) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; ; c++) {
            String name = Cells.text(sheet, 0, c);
            if (name == null) {
                break;
            }
            columns.put(name, c);
        }
        List<String> absent = required.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!absent.isEmpty()) {
            problems.add(PolicyProblem.of(file, sheet.getSheetName(), "1", "data.columns", "absent", String.join(", ", absent),
                    "found", String.join(", ", columns.keySet()), "required", String.join(", ", required)));
            return List.of();
        }
        List<Record> records = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            final int rowIndex = r;
            boolean empty = columns.values().stream().allMatch(c -> Cells.text(sheet, rowIndex, c) == null);
            if (empty) {
                break;
            }
            records.add(new Record(file, sheet, r, columns));
        }
        return records;
    }
}
