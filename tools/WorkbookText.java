// One-off authoring aid, never part of the build: the committed workbooks are the source of truth.
//
//   java -cp "$(cat target/classpath.txt)" tools/WorkbookText.java export decision-tables/decree-779.xlsx /tmp/d779
//   java -cp "$(cat target/classpath.txt)" tools/WorkbookText.java import /tmp/d779 decision-tables/decree-779.xlsx
//
// export writes one "NN_<sheet>.tsv" per sheet (for reviewing a change as text); import builds a
// workbook from such a folder (for bulk edits). Numbers become numeric cells, everything else text.
// (target/classpath.txt: ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class WorkbookText {
    private static final int MAX_WIDTH = 60;

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !List.of("import", "export").contains(args[0])) {
            System.err.println("usage: WorkbookText import DIR OUT.xlsx | export IN.xlsx DIR");
            System.exit(2);
        }
        if (args[0].equals("import")) {
            importFolder(Path.of(args[1]), Path.of(args[2]));
        } else {
            exportWorkbook(Path.of(args[1]), Path.of(args[2]));
        }
    }

    static void importFolder(Path dir, Path out) throws Exception {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(dir)) {
            sheets = files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Path file : sheets) {
                String name = file.getFileName().toString().replaceFirst("^\\d+_", "").replaceFirst("\\.tsv$", "");
                Sheet sheet = workbook.createSheet(name);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                int[] widths = new int[64];
                for (int r = 0; r < lines.size(); r++) {
                    String[] cells = lines.get(r).split("\t", -1);
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < cells.length; c++) {
                        String value = cells[c];
                        if (value.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value.matches("-?\\d+(\\.\\d+)?")) {
                            cell.setCellValue(Double.parseDouble(value));
                        } else {
                            cell.setCellValue(value);
                        }
                        if (r == 0 || value.startsWith("RuleTable") || isLabelRow(lines, r)) {
                            cell.setCellStyle(bold);
                        }
                        widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, value.length() + 2));
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    if (widths[c] > 0) {
                        sheet.setColumnWidth(c, widths[c] * 256);
                    }
                }
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    /** The human label row of a rule table: four rows below its RuleTable cell. */
    private static boolean isLabelRow(List<String> lines, int r) {
        return r >= 4 && lines.get(r - 4).startsWith("RuleTable");
    }

    static void exportWorkbook(Path in, Path dir) throws Exception {
        Files.createDirectories(dir);
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(in.toFile(), null, true)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                List<String> lines = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    lines.add(String.join("\t", cells));
                }
                Files.write(dir.resolve(String.format("%02d_%s.tsv", s + 1, sheet.getSheetName())), lines, StandardCharsets.UTF_8);
            }
        }
    }
}
