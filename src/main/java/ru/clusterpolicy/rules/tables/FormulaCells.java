package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import ru.clusterpolicy.rules.PolicyProblem;

import java.util.List;

/**
 * Formula cells are read by the value Excel saved with them. A formula saved without one (a file
 * written by a program that does not calculate) or one that calculates to an error would
 * otherwise be read as 0 or as nothing: both are refused at their cell.
 */
public final class FormulaCells {
    private FormulaCells() {
    }

    public static void check(String file, Workbook workbook, List<PolicyProblem> problems) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    String at = Cells.ref(cell.getRowIndex(), cell.getColumnIndex());
                    boolean saved = !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
                    if (!saved) {
                        problems.add(PolicyProblem.of(file, sheet.getSheetName(), at, "cell.formulaWithoutValue",
                                "formula", "=" + cell.getCellFormula()));
                    } else if (cell.getCachedFormulaResultType() == CellType.ERROR) {
                        problems.add(PolicyProblem.of(file, sheet.getSheetName(), at, "cell.formulaError",
                                "formula", "=" + cell.getCellFormula()));
                    }
                }
            }
        }
    }
}
