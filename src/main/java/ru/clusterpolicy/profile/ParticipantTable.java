package ru.clusterpolicy.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The participants list as a table, for people who keep it in a spreadsheet: one row per
 * participant, one column per field of {@link Participant} (named as in the JSON; the СПИК's fields
 * as {@code spic.<field>}). Start-batch purchases are a list per participant and are not tabular.
 * Rows become the JSON the API takes and are checked by the strict profile reader, so a table is
 * held to exactly the rules a JSON profile is; every error names the row, the column and the cell.
 */
@Singleton
public class ParticipantTable {

    /** One column of the table: the JSON field it fills and the type its cells must hold. */
    public record Column(String name, Class<?> type, Class<?> element) {

        String[] path() {
            return name.split("\\.");
        }

        /** The values an enumeration column (or a list of them) accepts; empty for other columns. */
        public List<String> allowed() {
            Class<?> kind = element != null ? element : type;
            return kind.isEnum() ? Arrays.stream(kind.getEnumConstants()).map(String::valueOf).toList() : List.of();
        }

        public boolean isText() {
            return type == String.class;
        }

        public boolean isBoolean() {
            return type == Boolean.class;
        }

        public boolean isList() {
            return type == List.class;
        }
    }

    private static final List<Column> COLUMNS = columnsOf(Participant.class, "");
    private static final Map<String, Column> BY_NAME = COLUMNS.stream()
            .collect(Collectors.toMap(Column::name, c -> c, (a, b) -> a, LinkedHashMap::new));
    private static final Pattern PARTICIPANT_POINTER = Pattern.compile("^/participants/(\\d+)(/.*)?$");
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Booleans BOOLEANS = Booleans.load();

    private final ProfileReader reader;

    public ParticipantTable(ProfileReader reader) {
        this.reader = reader;
    }

    /** The columns, in template order. */
    public static List<Column> columns() {
        return COLUMNS;
    }

    private static List<Column> columnsOf(Class<?> record, String prefix) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = component.getType();
            if (type.isRecord()) {
                columns.addAll(columnsOf(type, prefix + component.getName() + "."));
            } else if (type == List.class) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> scalar && !scalar.isRecord()) {
                    columns.add(new Column(prefix + component.getName(), type, scalar));
                }
            } else {
                columns.add(new Column(prefix + component.getName(), type, null));
            }
        }
        return List.copyOf(columns);
    }

    /**
     * Reads a CSV file: UTF-8 (with or without a byte-order mark) or Windows-1251, as Excel saves
     * it in a Russian locale; comma, semicolon or tab separated, as its header line shows.
     */
    public ArrayNode readCsv(byte[] bytes) {
        String text = decode(bytes);
        String header = text.lines().findFirst().orElse("");
        char delimiter = Map.of(';', count(header, ';'), ',', count(header, ','), '\t', count(header, '\t'))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(',');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowNumbers = new ArrayList<>();
            for (CSVRecord record : records) {
                rows.add(record.toList());
                rowNumbers.add((int) record.getRecordNumber());
            }
            return toParticipants(rows, rowNumbers);
        } catch (IOException | UncheckedIOException e) {
            throw rejected("", "the CSV file cannot be read: " + e.getMessage());
        }
    }

    /** Reads the first sheet of an XLSX workbook; typed cells (numbers, dates, booleans) keep their type. */
    public ArrayNode readXlsx(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            List<Integer> rowNumbers = new ArrayList<>();
            List<String> header = null;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Column column = header == null || c >= header.size() ? null : BY_NAME.get(header.get(c));
                    cells.add(cellText(row.getCell(c), column, formatter));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                }
                rows.add(cells);
                rowNumbers.add(row.getRowNum() + 1);
            }
            return toParticipants(rows, rowNumbers);
        } catch (ProfileRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw rejected("", "the file is not an XLSX workbook that can be read: " + e.getMessage());
        }
    }

    /** A cell as text: text columns as the sheet shows them (an OKVED code 29.10 stays 29.10), others by value. */
    private static String cellText(Cell cell, Column column, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (column != null && column.isText()) {
            return formatter.formatCellValue(cell).trim();
        }
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue().trim();
            default -> "";
        };
    }

    /** The first row is the header; every later row is a participant. */
    private ArrayNode toParticipants(List<List<String>> rows, List<Integer> rowNumbers) {
        if (rows.isEmpty()) {
            throw rejected("", "the file is empty: the first row must name the columns (download the template)");
        }
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        List<Violation> violations = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (!name.isEmpty() && !BY_NAME.containsKey(name)) {
                violations.add(new Violation("", "column '" + name + "' (" + cellRef(c, rowNumbers.get(0))
                        + ") is not a participant field; the columns are: " + String.join(", ", BY_NAME.keySet())));
            } else if (!name.isEmpty() && header.indexOf(name) != c) {
                violations.add(new Violation("", "column '" + name + "' (" + cellRef(c, rowNumbers.get(0))
                        + ") appears twice"));
            }
        }
        if (rows.size() == 1) {
            violations.add(new Violation("", "the file has a header but no participants"));
        }
        if (!violations.isEmpty()) {
            throw tableRejected("The table's header is not the template's", violations);
        }
        ArrayNode participants = JsonNodeFactory.instance.arrayNode();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            ObjectNode participant = participants.addObject();
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c).trim();
                if (value.isEmpty()) {
                    continue;
                }
                if (c >= header.size() || header.get(c).isEmpty()) {
                    violations.add(new Violation("/participants/" + (r - 1), at(rowNumbers.get(r), c, null)
                            + "a value under no column heading: name the column or clear the cell"));
                    continue;
                }
                Column column = BY_NAME.get(header.get(c));
                try {
                    put(participant, column.path(), value(column, value));
                } catch (IllegalArgumentException e) {
                    violations.add(new Violation("/participants/" + (r - 1) + "/" + column.name().replace('.', '/'),
                            at(rowNumbers.get(r), c, column) + e.getMessage()));
                }
            }
            if (!participant.has("id")) {
                // rows without an id are numbered by their row, so that contracts can name them
                participant.put("id", "p" + rowNumbers.get(r));
            }
        }
        if (!violations.isEmpty()) {
            throw tableRejected("The table has " + violations.size() + " cell error(s)", violations);
        }
        check(participants, header, rowNumbers);
        return participants;
    }

    /** The strict reader's checks (enumerations, duplicates, ranges), its pointers turned into cells. */
    private void check(ArrayNode participants, List<String> header, List<Integer> rowNumbers) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.putObject("cluster").put("name", "import");
        profile.set("participants", participants);
        try {
            reader.read(ProfileReader.strictMapper().writeValueAsBytes(profile));
        } catch (ProfileRejectedException e) {
            throw tableRejected(e.getMessage(), e.violations().stream()
                    .map(v -> locate(v, header, rowNumbers)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Violation locate(Violation violation, List<String> header, List<Integer> rowNumbers) {
        Matcher matcher = PARTICIPANT_POINTER.matcher(violation.pointer());
        if (!matcher.matches()) {
            return violation;
        }
        int index = Integer.parseInt(matcher.group(1));
        String field = matcher.group(2) == null ? "" : matcher.group(2).substring(1).replace('/', '.');
        int column = header.indexOf(field.replaceAll("\\.\\d+$", ""));
        int row = rowNumbers.get(index + 1);
        String where = column < 0 ? "row " + row + ": " : at(row, column, BY_NAME.get(header.get(column)));
        return new Violation(violation.pointer(), where + violation.message());
    }

    private static String at(int row, int column, Column named) {
        return "row " + row + (named == null ? "" : ", column " + named.name()) + " (" + cellRef(column, row) + "): ";
    }

    private static String cellRef(int column, int row) {
        return CellReference.convertNumToColString(column) + row;
    }

    /** A cell's text as the JSON value its column takes; IllegalArgumentException says what is wrong. */
    private static JsonNode value(Column column, String text) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (column.isList()) {
            ArrayNode list = json.arrayNode();
            Arrays.stream(text.split("[;,|\\s]+")).filter(s -> !s.isEmpty())
                    .forEach(item -> list.add(item.toUpperCase(Locale.ROOT)));
            return list;
        }
        Class<?> type = column.type();
        if (type == String.class) {
            return json.textNode(text);
        }
        if (type.isEnum()) {
            return json.textNode(text.toUpperCase(Locale.ROOT));
        }
        if (type == Boolean.class) {
            return json.booleanNode(BOOLEANS.parse(text));
        }
        if (type == Integer.class) {
            try {
                return json.numberNode(Integer.parseInt(plainNumber(text)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number");
            }
        }
        if (type == BigDecimal.class) {
            try {
                return json.numberNode(new BigDecimal(plainNumber(text)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number");
            }
        }
        if (type == LocalDate.class) {
            return json.textNode(date(text).toString());
        }
        throw new IllegalStateException("no cell conversion for " + type);
    }

    /** Spaces as thousands separators and a decimal comma, as a Russian spreadsheet writes numbers. */
    private static String plainNumber(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
    }

    private static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, DOTTED_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: use YYYY-MM-DD or DD.MM.YYYY");
        }
    }

    private static void put(ObjectNode target, String[] path, JsonNode value) {
        ObjectNode node = target;
        for (int i = 0; i < path.length - 1; i++) {
            node = node.has(path[i]) ? (ObjectNode) node.get(path[i]) : node.putObject(path[i]);
        }
        node.set(path[path.length - 1], value);
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1251);
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static ProfileRejectedException rejected(String pointer, String message) {
        return tableRejected("The participants table cannot be read", List.of(new Violation(pointer, message)));
    }

    private static ProfileRejectedException tableRejected(String detail, List<Violation> violations) {
        return new ProfileRejectedException("Invalid participants table", detail, violations);
    }

    /** The words a cell may say yes or no with, in English and Russian (participant-table-words.properties). */
    private record Booleans(Set<String> yes, Set<String> no) {

        static Booleans load() {
            Properties words = new Properties();
            try (InputStream in = ParticipantTable.class.getResourceAsStream("participant-table-words.properties")) {
                if (in == null) {
                    throw new IllegalStateException("participant-table-words.properties is missing from the build");
                }
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Booleans(words(words.getProperty("true")), words(words.getProperty("false")));
        }

        private static Set<String> words(String list) {
            return Arrays.stream(list.split(",")).map(w -> w.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }

        boolean parse(String text) {
            String word = text.trim().toLowerCase(Locale.ROOT);
            if (yes.contains(word)) {
                return true;
            }
            if (no.contains(word)) {
                return false;
            }
            throw new IllegalArgumentException("'" + text + "' is not yes or no: write true or false");
        }
    }
}
