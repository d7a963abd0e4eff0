package ru.clusterpolicy.profile;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.clusterpolicy.i18n.Catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Empty participants tables to fill in, CSV and XLSX, with the columns {@link ParticipantTable}
 * reads. The XLSX one offers the allowed values of enumeration and yes/no columns as drop-downs,
 * keeps text columns as text (so an OKVED code 29.10 is not turned into the number 29.1), and
 * lists every column with its type on a second sheet.
 */
public final class ParticipantTemplates {

    /** Rows of the XLSX template that offer drop-downs. */
    private static final int FILLABLE_ROWS = 5_000;

    /** The template's words (participant-template.properties). */
    private static final Properties WORDS = Catalogue.load(ParticipantTemplates.class,
            "participant-template.properties");

    private ParticipantTemplates() {
    }

    /** The header line, UTF-8 with a byte-order mark so that Excel opens it as UTF-8. */
    public static byte[] csv() {
        String header = String.join(",", ParticipantTable.columns().stream().map(ParticipantTable::heading).toList());
        return ("\ufeff" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<ParticipantTable.Column> columns = ParticipantTable.columns();
            Sheet sheet = workbook.createSheet(WORDS.getProperty("sheet.participants"));
            Sheet guide = workbook.createSheet(WORDS.getProperty("sheet.guide"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row header = sheet.createRow(0);
            Row guideHeader = guide.createRow(0);
            List<String> guideColumns = Stream.of("column", "key", "what", "allowed").map(k -> WORDS.getProperty("guide." + k)).toList();
            for (int i = 0; i < guideColumns.size(); i++) {
                guideHeader.createCell(i).setCellValue(guideColumns.get(i));
                guideHeader.getCell(i).setCellStyle(heading);
            }
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                ParticipantTable.Column column = columns.get(c);
                String title = ParticipantTable.heading(column);
                header.createCell(c).setCellValue(title);
                header.getCell(c).setCellStyle(heading);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, title.length() + 2)) * 256);
                if (column.isText()) {
                    sheet.setDefaultColumnStyle(c, text);
                } else if (column.type() == LocalDate.class) {
                    sheet.setDefaultColumnStyle(c, date);
                }
                List<String> choices = column.isBoolean() ? List.of(WORDS.getProperty("yes"), WORDS.getProperty("no"))
                        : column.isList() ? List.of() : column.allowed();
                if (!choices.isEmpty()) {
                    DataValidation validation = validations.createValidation(
                            validations.createExplicitListConstraint(choices.toArray(String[]::new)),
                            new CellRangeAddressList(1, FILLABLE_ROWS, c, c));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                }
                Row line = guide.createRow(c + 1);
                line.createCell(0).setCellValue(title);
                line.createCell(1).setCellValue(column.name());
                line.createCell(2).setCellValue(typeName(column));
                line.createCell(3).setCellValue(String.join(", ", column.allowed()));
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < guideColumns.size(); i++) {
                guide.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String typeName(ParticipantTable.Column column) {
        Class<?> type = column.type();
        if (column.isList()) {
            return WORDS.getProperty("type.list").replace("{element}",
                    WORDS.getProperty(column.element().isEnum() ? "type.listOfChoices" : "type.listOfText"));
        }
        if (type.isEnum()) {
            return WORDS.getProperty("type.choice");
        }
        if (type == Boolean.class) {
            return WORDS.getProperty("type.yesNo");
        }
        if (type == Integer.class) {
            return WORDS.getProperty("type.integer");
        }
        if (type == BigDecimal.class) {
            return WORDS.getProperty(column.name().endsWith("Rub") ? "type.roubles" : "type.number");
        }
        if (type == LocalDate.class) {
            return WORDS.getProperty("type.date");
        }
        if (column.name().equals("region")) {
            return WORDS.getProperty("type.region");
        }
        return WORDS.getProperty("type.text");
    }
}
