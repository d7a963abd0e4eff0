package ru.clusterpolicy;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Edits a workbook in place, as a policy author would in a spreadsheet program: a cell by its
 * address, or found by what the sheet says (the row whose column holds a value, the column under
 * a label), so that a test of the shipped workbooks does not depend on where their rows are.
 */
public final class Workbooks {
    private static final DataFormatter TEXT = new DataFormatter();

    private Workbooks() {
    }

    /** Sets a cell (A1 notation) to a text, or to a number when the text is numeric. */
    public static void set(Path workbook, String sheetName, String cell, String value) {
        edit(workbook, book -> {
            CellReference ref = new CellReference(cell);
            write(cellAt(book.getSheet(sheetName), ref.getRow(), ref.getCol()), value);
        });
    }

    /** Applies an edit to the workbook and saves it. */
    public static void edit(Path workbook, Consumer<Workbook> edit) {
        Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (book) {
            edit.accept(book);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell (A1 notation) in the column labelled {@code column} of the first row whose column
     * {@code keyColumn} holds {@code key}; labels are looked for in the sheet's first 20 rows.
     */
    public static String find(Path workbook, String sheetName, String keyColumn, String key, String column) {
        String[] found = new String[1];
        edit(workbook, book -> {
            Sheet sheet = book.getSheet(sheetName);
            int labels = labelRow(sheet, keyColumn);
            int keyAt = columnOf(sheet.getRow(labels), keyColumn);
            int valueAt = columnOf(sheet.getRow(labels), column);
            for (int r = labels + 1; r <= sheet.getLastRowNum() && found[0] == null; r++) {
                Row row = sheet.getRow(r);
                if (row != null && key.equals(TEXT.formatCellValue(row.getCell(keyAt)).trim())) {
                    found[0] = new CellReference(r, valueAt).formatAsString();
                }
            }
        });
        if (found[0] == null) {
            throw new IllegalArgumentException("no row with " + keyColumn + " = " + key + " on " + sheetName);
        }
        return found[0];
    }

    private static int labelRow(Sheet sheet, String label) {
        for (int r = 0; r <= Math.min(20, sheet.getLastRowNum()); r++) {
            if (sheet.getRow(r) != null && columnOf(sheet.getRow(r), label) >= 0) {
                return r;
            }
        }
        throw new IllegalArgumentException("no column labelled " + label + " on " + sheet.getSheetName());
    }

    private static int columnOf(Row row, String label) {
        for (Cell cell : row) {
            if (label.equals(TEXT.formatCellValue(cell).trim())) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    static Cell cellAt(Sheet sheet, int row, int column) {
        Row at = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return at.getCell(column) == null ? at.createCell(column) : at.getCell(column);
    }

    private static void write(Cell target, String value) {
        if (value.matches("-?\\d+(\\.\\d+)?")) {
            target.setCellValue(Double.parseDouble(value));
        } else {
            target.setCellValue(value);
        }
    }
}
