package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import ru.clusterpolicy.i18n.Typography;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads cells as policy authors mean them: text trimmed, numbers exact, dates as dates. */
public final class Cells {

    private Cells() {
    }

    /**
     * The cell's value as text: numbers without binary noise, date cells as ISO dates, blank as
     * null; a text typeset with the non-breaking spaces Russian keeps words together with.
     */
    public static String text(Sheet sheet, int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            // "№ 779", "п. 2", "50 %" kept on one line wherever the text is shown
            case STRING -> Typography.russian(cell.getStringCellValue().trim());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> null;
        };
        return value == null || value.isEmpty() ? null : value;
    }

    public static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A1-style reference of a 0-based row and column. */
    public static String ref(int rowIndex, int column) {
        return new CellReference(rowIndex, column).formatAsString();
    }
}
