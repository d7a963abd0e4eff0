package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook as text, as a reviewer reads it in a diff: each sheet a block of rows, each row its
 * cells as displayed, tab-separated. The text form of the git diff driver and of {@code ruleset diff}.
 */
public final class WorkbookText {
    private WorkbookText() {
    }

    /** Every sheet's rows, each row its cells as displayed (a formula by its saved value). */
    public static Map<String, List<List<String>>> sheets(Workbook workbook) {
        DataFormatter formatter = new DataFormatter();
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        for (Sheet sheet : workbook) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).replace('\n', ' '));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
            sheets.put(sheet.getSheetName(), rows);
        }
        return sheets;
    }

    /** The whole workbook as text: "== Sheet" then its rows, numbered as the sheet numbers them. */
    public static String render(Workbook workbook) {
        StringBuilder text = new StringBuilder();
        sheets(workbook).forEach((name, rows) -> {
            text.append("== ").append(name).append('\n');
            for (int r = 0; r < rows.size(); r++) {
                if (!rows.get(r).isEmpty()) {
                    text.append(r + 1).append('\t').append(String.join("\t", rows.get(r))).append('\n');
                }
            }
        });
        return text.toString();
    }
}
