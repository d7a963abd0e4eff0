package ru.clusterpolicy;

import org.apache.poi.ss.usermodel.Cell;
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

/** Edits a workbook in place, as a policy author would in a spreadsheet program. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Sets a cell (A1 notation) to a text, or to a number when the text is numeric. */
    public static void set(Path workbook, String sheetName, String cell, String value) {
        Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (book; OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.getSheet(sheetName);
            CellReference ref = new CellReference(cell);
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell target = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            if (value.matches("-?\\d+(\\.\\d+)?")) {
                target.setCellValue(Double.parseDouble(value));
            } else {
                target.setCellValue(value);
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
