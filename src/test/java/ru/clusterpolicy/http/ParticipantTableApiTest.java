package ru.clusterpolicy.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.clusterpolicy.Profiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The participants table (CSV and XLSX) and its templates, against the real server. */
@MicronautTest
class ParticipantTableApiTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    record Answer(int status, String contentType, byte[] body) {
        JsonNode json() throws IOException {
            return Profiles.JSON.readTree(body);
        }

        String errors() throws IOException {
            return json().get("errors").toString();
        }
    }

    Answer importTable(byte[] table, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/participants/import"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(table)).build();
        return answer(CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    Answer get(String path) throws IOException, InterruptedException {
        return answer(CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    static Answer answer(HttpResponse<byte[]> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @Test
    void aCsvInTheTemplatesColumnsBecomesTheApisParticipants() throws Exception {
        String csv = "\ufeffid,name,kind,region,okved,sme,specialTerritories,employees,inputsRub,spic.signed,spic.type\r\n"
                + "p1,Alpha,industrial,RU-TA,29.10,TRUE,MONOTOWN;GEOSTRATEGIC,1200,\"1 000 000,50\",01.05.2021,1.0\r\n"
                + ",Beta,RESEARCH,RU-BA,72.19,no,,,,,\r\n";
        Answer answer = importTable(csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
        JsonNode participants = answer.json().get("participants");
        assertEquals(2, participants.size());
        JsonNode alpha = participants.get(0);
        assertEquals("INDUSTRIAL", alpha.get("kind").asText());
        assertEquals("29.10", alpha.get("okved").asText());
        assertTrue(alpha.get("sme").asBoolean());
        assertEquals("[\"MONOTOWN\",\"GEOSTRATEGIC\"]", alpha.get("specialTerritories").toString());
        assertEquals(1200, alpha.get("employees").asInt());
        assertEquals(0, new java.math.BigDecimal("1000000.5").compareTo(alpha.get("inputsRub").decimalValue()));
        assertEquals("2021-05-01", alpha.get("spic").get("signed").asText());
        assertEquals("1.0", alpha.get("spic").get("type").asText());
        // a row without a code is numbered by its row, so that contracts can name it
        assertEquals("p3", participants.get(1).get("id").asText());
        assertFalse(participants.get(1).get("sme").asBoolean());
        assertFalse(participants.get(1).has("employees"), "an empty cell is missing data, not zero");
    }

    @Test
    void aCsvSavedByARussianExcelIsReadWithItsSemicolonsAndWindows1251() throws Exception {
        String csv = "id;name;kind;region;sme\r\np1;\u041e\u041e\u041e \u00ab\u0410\u043b\u044c\u0444\u0430\u00bb;INDUSTRIAL;RU-TA;"
                + "\u0418\u0421\u0422\u0418\u041d\u0410\r\n";
        Answer answer = importTable(csv.getBytes(Charset.forName("windows-1251")), "application/vnd.ms-excel");
        assertEquals(200, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
        JsonNode participant = answer.json().get("participants").get(0);
        assertEquals("\u041e\u041e\u041e \u00ab\u0410\u043b\u044c\u0444\u0430\u00bb", participant.get("name").asText());
        assertTrue(participant.get("sme").asBoolean());
    }

    @Test
    void everyCellErrorIsNamedByRowColumnAndCell() throws Exception {
        Answer badCells = importTable("id,name,employees,sme\np1,A,many,maybe\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, badCells.status());
        assertTrue(badCells.contentType().startsWith(Problem.MEDIA_TYPE));
        assertEquals("Invalid participants table", badCells.json().get("title").asText());
        assertEquals("/participants/0/employees", badCells.json().get("errors").get(0).get("pointer").asText());
        assertTrue(badCells.errors().contains("row 2, column employees (C2): 'many' is not a whole number"), badCells.errors());
        assertTrue(badCells.errors().contains("row 2, column sme (D2)"), badCells.errors());

        Answer unknownValue = importTable("id,kind\np1,FACTORY\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, unknownValue.status());
        assertTrue(unknownValue.errors().contains("row 2, column kind (B2): unknown value 'FACTORY'"), unknownValue.errors());

        Answer duplicate = importTable("id,employees\np1,1\np1,-2\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.errors().contains("row 3, column employees (B3)"), duplicate.errors());

        Answer typo = importTable("id,regoin\np1,RU-TA\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, typo.status());
        assertTrue(typo.errors().contains("column 'regoin' (B1) is not a participant field"), typo.errors());

        Answer stray = importTable("id,name\np1,A,extra\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, stray.status(), "a value under no heading is not dropped silently");
        assertTrue(stray.errors().contains("(C2)"), stray.errors());
    }

    @Test
    void russianHeadingsOrEnglishKeysAndRegionsByNameOrCodeAreAllRead() throws Exception {
        Answer answer = importTable(("Код,Наименование,region,Вид организации\n"
                + "p1,Завод,Республика Татарстан,INDUSTRIAL\n"
                + "p2,Институт,ru-ta,RESEARCH\n"
                + "p3,Банк,  самарская   область ,FINANCIAL\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
        JsonNode participants = answer.json().get("participants");
        assertEquals("RU-TA", participants.get(0).get("region").asText(), "a region by its Russian name");
        assertEquals("RU-TA", participants.get(1).get("region").asText(), "a code in lower case");
        assertEquals("RU-SAM", participants.get(2).get("region").asText(), "a name in any case and spacing");

        Answer unknown = importTable("Код,Регион\np1,Атлантида\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, unknown.status());
        assertTrue(unknown.errors().contains("(C2)") || unknown.errors().contains("B2"), unknown.errors());
    }

    @Test
    void theXlsxTemplateFilledInIsReadWithItsTypedCells() throws Exception {
        Answer template = get("/api/v1/participants/template.xlsx");
        assertEquals(200, template.status());
        assertEquals(ParticipantTableController.XLSX, template.contentType());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template.body()))) {
            Sheet sheet = workbook.getSheet("Участники");
            Row header = sheet.getRow(0);
            List<String> columns = List.of("Код", "Наименование", "Вид организации", "ОКВЭД", "МСП", "Работников",
                    "СПИК: действует до");
            Row row = sheet.createRow(1);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            for (int c = 0; c < header.getLastCellNum(); c++) {
                switch (header.getCell(c).getStringCellValue()) {
                    case "Код" -> row.createCell(c).setCellValue("p1");
                    case "Наименование" -> row.createCell(c).setCellValue("Alpha");
                    case "Вид организации" -> row.createCell(c).setCellValue("INDUSTRIAL");
                    // typed as a number in a text column: read as shown, not as 29.1
                    case "ОКВЭД" -> row.createCell(c).setCellValue("29.10");
                    case "МСП" -> row.createCell(c).setCellValue(true);
                    case "Работников" -> row.createCell(c).setCellValue(250.0);
                    case "СПИК: действует до" -> {
                        row.createCell(c).setCellValue(LocalDate.of(2031, 5, 1));
                        row.getCell(c).setCellStyle(dateStyle);
                    }
                    default -> { }
                }
            }
            assertTrue(columns.stream().allMatch(name -> {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    if (header.getCell(c).getStringCellValue().equals(name)) {
                        return true;
                    }
                }
                return false;
            }), "the template has the columns the test fills");
            ByteArrayOutputStream filled = new ByteArrayOutputStream();
            workbook.write(filled);
            Answer answer = importTable(filled.toByteArray(), ParticipantTableController.XLSX);
            assertEquals(200, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
            JsonNode participant = answer.json().get("participants").get(0);
            assertEquals("29.10", participant.get("okved").asText());
            assertTrue(participant.get("sme").asBoolean());
            assertEquals(250, participant.get("employees").asInt());
            assertEquals("2031-05-01", participant.get("spic").get("ends").asText());
        }
    }

    @Test
    void anEmptyTemplateOrAFileThatIsNoTableIsRefusedWithAReason() throws Exception {
        Answer emptyXlsx = importTable(get("/api/v1/participants/template.xlsx").body(), "application/octet-stream");
        assertEquals(400, emptyXlsx.status());
        assertTrue(emptyXlsx.errors().contains("no participants"), emptyXlsx.errors());

        Answer csvTemplate = get("/api/v1/participants/template.csv");
        assertEquals(200, csvTemplate.status());
        String header = new String(csvTemplate.body(), StandardCharsets.UTF_8);
        assertTrue(header.startsWith("\ufeffКод,Наименование,ИНН,Вид организации,Регион"), "Russian headings: " + header);
        assertEquals(400, importTable(csvTemplate.body(), "text/csv").status());

        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 1, 2};
        Answer broken = importTable(brokenZip, "application/octet-stream");
        assertEquals(400, broken.status());
        assertTrue(broken.errors().contains("not an XLSX workbook"), broken.errors());
    }

    @Test
    void aWorkbookMadeByHandInAnotherOrderIsReadByItsHeadings() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("mine");
            Row header = sheet.createRow(2);
            header.createCell(1).setCellValue("name");
            header.createCell(2).setCellValue("id");
            Row row = sheet.createRow(3);
            row.createCell(1).setCellValue("Gamma");
            row.createCell(2).setCellValue(7.0);
            workbook.write(out);
            Answer answer = importTable(out.toByteArray(), ParticipantTableController.XLSX);
            assertEquals(200, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
            assertEquals("7", answer.json().get("participants").get(0).get("id").asText());
        }
    }

    static final String RUSSIAN_ROWS = "id;name;kind;region\r\n"
            + "p1;ООО «Казанский завод точного машиностроения»;INDUSTRIAL;RU-TA\r\n"
            + "p2;Научно-исследовательский институт материалов и технологий;RESEARCH;RU-TA\r\n"
            + "p3;Центр подготовки кадров для предприятий кластера;EDUCATION;RU-BA\r\n";

    @Test
    void aTableInAnotherEncodingIsRefusedNamingItNeverReadAsGarbledText() throws Exception {
        Answer koi8 = importTable(RUSSIAN_ROWS.getBytes(Charset.forName("KOI8-R")), "text/csv");
        assertEquals(400, koi8.status(), new String(koi8.body(), StandardCharsets.UTF_8));
        assertEquals("table.encoding", koi8.json().get("errors").get(0).get("code").asText());
        assertTrue(koi8.errors().contains("KOI8-R"), koi8.errors());
        Answer windows = importTable(RUSSIAN_ROWS.getBytes(Charset.forName("windows-1251")), "text/csv");
        assertEquals(200, windows.status(), new String(windows.body(), StandardCharsets.UTF_8));
        assertEquals("ООО «Казанский завод точного машиностроения»", windows.json().get("participants").get(0).get("name").asText());
    }

    @Test
    void aTableMixingUtf8LinesWithOthersIsRefused() throws Exception {
        java.io.ByteArrayOutputStream mixed = new java.io.ByteArrayOutputStream();
        String[] lines = RUSSIAN_ROWS.split("(?<=\n)");
        for (int i = 0; i < lines.length; i++) {
            mixed.write(lines[i].getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : Charset.forName("windows-1251")));
        }
        Answer answer = importTable(mixed.toByteArray(), "text/csv");
        assertEquals(400, answer.status());
        assertEquals("table.mixedEncoding", answer.json().get("errors").get(0).get("code").asText());
    }

    @Test
    void aTableIsBoundedInRowsAndInTheErrorsItLists() throws Exception {
        StringBuilder many = new StringBuilder("id,employees\n");
        for (int i = 0; i < 20_001; i++) {
            many.append('p').append(i).append(",1\n");
        }
        Answer tooLong = importTable(many.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, tooLong.status());
        assertEquals("table.tooManyRows", tooLong.json().get("errors").get(0).get("code").asText());

        StringBuilder bad = new StringBuilder("id,employees\n");
        for (int i = 0; i < 5_000; i++) {
            bad.append('p').append(i).append(",many\n");
        }
        Answer errors = importTable(bad.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, errors.status());
        assertEquals(100, errors.json().get("errors").size(), "at most 100 errors listed");
        assertTrue(errors.json().get("truncated").asBoolean());
        assertTrue(errors.body().length < 50_000, "a bounded error body: " + errors.body().length + " bytes");
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidInTheServicesWords() throws Exception {
        byte[] notAWorkbook = "PK\u0003\u0004 this is not a zip at all".getBytes(StandardCharsets.ISO_8859_1);
        Answer answer = importTable(notAWorkbook, ParticipantTableController.XLSX);
        assertEquals(400, answer.status());
        assertEquals("table.xlsxUnreadable", answer.json().get("errors").get(0).get("code").asText());
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertFalse(body.matches("(?s).*(org\\.apache|apache\\.poi|bugzilla|Exception).*"), body);
    }
}
