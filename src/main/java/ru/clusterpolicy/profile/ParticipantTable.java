package ru.clusterpolicy.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import ru.clusterpolicy.i18n.Catalogue;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The participants list as a table, for people who keep it in a spreadsheet: one row per
 * participant, one column per field of {@link Participant} (named as in the JSON; the СПИК's fields
 * as {@code spic.<field>}). Start-batch purchases are a list per participant and are not tabular.
 * Rows become the JSON the API takes and are checked by the strict profile reader, so a table is
 * held to exactly the rules a JSON profile is; every error names the row, the column and the cell.
 * A table is bounded: rows, columns, characters a cell and errors listed (configurable).
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
    private static final Properties HEADINGS = Catalogue.load(ParticipantTable.class, "participant-table-headings.properties");
    /** A column by its English key or its Russian heading. */
    private static final Map<String, Column> BY_NAME = byName();
    private static final String REGION = "region";
    private static final Pattern PARTICIPANT_POINTER = Pattern.compile("^/participants/(\\d+)(/.*)?$");
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Booleans BOOLEANS = Booleans.load();
    /** Cell errors listed at most: past them the table is refused without reading further. */
    private static final int MAX_CELL_ERRORS = 100;

    static {
        // an uploaded workbook's parts may not inflate past this: a zip bomb is refused, not unpacked
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private final ProfileReader reader;
    private final Limits limits;

    @Inject
    public ParticipantTable(ProfileReader reader,
                            @Value("${clusterpolicy.import.max-rows:20000}") int maxRows,
                            @Value("${clusterpolicy.import.max-columns:64}") int maxColumns,
                            @Value("${clusterpolicy.import.max-cell-length:1000}") int maxCellLength) {
        this.reader = reader;
        this.limits = new Limits(maxRows, maxColumns, maxCellLength);
    }

    private static Map<String, Column> byName() {
        Map<String, Column> byName = new LinkedHashMap<>();
        COLUMNS.forEach(c -> byName.put(c.name(), c));
        COLUMNS.forEach(c -> byName.putIfAbsent(heading(c), c));
        return byName;
    }

    /** The Russian heading of a column, as the template writes it. */
    public static String heading(Column column) {
        return HEADINGS.getProperty(column.name(), column.name());
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
     * it in a Russian locale; comma, semicolon or tab separated, as its header line shows. Any
     * other encoding, or a file mixing two, is refused rather than read as garbled text.
     */
    public ArrayNode readCsv(byte[] bytes, RegionLookup regions) {
        String text = TableEncoding.decode(bytes);
        String header = text.lines().findFirst().orElse("");
        char delimiter = Map.of(';', count(header, ';'), ',', count(header, ','), '\t', count(header, '\t'))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(',');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                List<String> cells = new ArrayList<>(Math.min(record.size(), limits.maxColumns() + 1));
                for (int c = 0; c < record.size(); c++) {
                    cells.add(record.get(c));
                }
                rows.add(limits.checked(number, cells));
                limits.checkRows(rows.size());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw rejected("table.csvUnreadable", Map.of());
        }
        return toParticipants(rows, regions);
    }

    /**
     * Reads the first sheet of an XLSX workbook as a stream of rows (never the whole workbook in
     * memory); typed cells keep their type: numbers and dates by value, text columns as shown.
     */
    public ArrayNode readXlsx(byte[] bytes, RegionLookup regions) {
        List<TableRow> rows = new ArrayList<>();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            TypedFormatter formatter = new TypedFormatter();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(workbook), new RowCollector(rows, formatter), formatter, false));
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw rejected("table.empty", Map.of());
            }
            try (InputStream first = sheets.next()) {
                parser.parse(new InputSource(first));
            }
        } catch (ProfileRejectedException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw rejected("table.xlsxUnreadable", Map.of());
        }
        return toParticipants(rows, regions);
    }

    /** One non-empty row of a table: its number as the spreadsheet shows it, and its cells' text. */
    private record TableRow(int number, List<String> cells) {
    }

    /** How much of a table is read at most: rows, columns, and characters a cell. */
    private record Limits(int maxRows, int maxColumns, int maxCellLength) {

        TableRow checked(int number, List<String> cells) {
            if (cells.size() > maxColumns) {
                throw rejected("table.tooManyColumns", Map.of("max", maxColumns));
            }
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).length() > maxCellLength) {
                    throw new ProfileRejectedException(ProfileRejectedException.Subject.TABLE, List.of(
                            new Violation("", "table.cellTooLong", Map.of("max", maxCellLength))
                                    .in(new Violation.TableCell(number, null, cellRef(c, number)))));
                }
            }
            return new TableRow(number, cells);
        }

        /** The header and at most maxRows participants. */
        void checkRows(int read) {
            if (read > maxRows + 1) {
                throw rejected("table.tooManyRows", Map.of("max", maxRows));
            }
        }
    }

    /** Collects a sheet's non-empty rows as the streaming reader passes them, within the limits. */
    private final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<TableRow> rows;
        private final TypedFormatter formatter;
        private List<String> cells;
        private List<String> header;

        RowCollector(List<TableRow> rows, TypedFormatter formatter) {
            this.rows = rows;
            this.formatter = formatter;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            rows.add(limits.checked(rowNum + 1, cells));
            limits.checkRows(rows.size());
            if (header == null) {
                header = cells.stream().map(String::trim).toList();
            }
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (column >= limits.maxColumns()) {
                throw rejected("table.tooManyColumns", Map.of("max", limits.maxColumns()));
            }
            while (cells.size() < column) {
                cells.add("");
            }
            Column named = header == null || column >= header.size() ? null : BY_NAME.get(header.get(column));
            String typed = formatter.takeTyped();
            cells.add(named != null && !named.isText() && typed != null ? typed : formatted == null ? "" : formatted.trim());
        }
    }

    /**
     * Formats cells as the sheet shows them, and keeps each numeric cell's value as well (a date
     * as an ISO date, a number without binary noise) for the columns that take it by value.
     */
    private static final class TypedFormatter extends DataFormatter {
        private String typed;

        TypedFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            typed = DateUtil.isADateFormat(formatIndex, formatString)
                    ? DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString()
                    : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }

        /** The value of the numeric cell just formatted, if it was one. */
        String takeTyped() {
            String value = typed;
            typed = null;
            return value;
        }
    }

    /** The first row is the header; every later row is a participant. */
    private ArrayNode toParticipants(List<TableRow> rows, RegionLookup regions) {
        if (rows.isEmpty()) {
            throw rejected("table.empty", Map.of());
        }
        TableRow headerRow = rows.get(0);
        List<String> header = headerRow.cells().stream().map(String::trim).toList();
        List<Violation> violations = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (!name.isEmpty() && !BY_NAME.containsKey(name)) {
                violations.add(new Violation("", "table.unknownColumn", Map.of("column", name,
                        "cell", cellRef(c, headerRow.number()), "allowed", String.join(", ", BY_NAME.keySet()))));
            } else if (!name.isEmpty() && header.indexOf(name) != c) {
                violations.add(new Violation("", "table.duplicateColumn", Map.of("column", name,
                        "cell", cellRef(c, headerRow.number()))));
            }
        }
        if (rows.size() == 1) {
            violations.add(new Violation("", "table.noRows", Map.of()));
        }
        if (!violations.isEmpty()) {
            throw new ProfileRejectedException(ProfileRejectedException.Subject.TABLE, violations);
        }
        ArrayNode participants = JsonNodeFactory.instance.arrayNode();
        for (int r = 1; r < rows.size() && violations.size() < MAX_CELL_ERRORS; r++) {
            TableRow row = rows.get(r);
            ObjectNode participant = participants.addObject();
            for (int c = 0; c < row.cells().size(); c++) {
                String value = row.cells().get(c).trim();
                if (value.isEmpty()) {
                    continue;
                }
                if (c >= header.size() || header.get(c).isEmpty()) {
                    violations.add(new Violation("/participants/" + (r - 1), "table.valueWithoutColumn", Map.of())
                            .in(new Violation.TableCell(row.number(), null, cellRef(c, row.number()))));
                    continue;
                }
                Column column = BY_NAME.get(header.get(c));
                if (column.name().equals(REGION)) {
                    // a person types the region's name as often as its code
                    value = regions.resolve(value).orElse(value);
                }
                try {
                    put(participant, column.path(), value(column, value));
                } catch (CellError e) {
                    violations.add(new Violation("/participants/" + (r - 1) + "/" + column.name().replace('.', '/'),
                            e.code, Map.of("value", ProfileChecker.shorten(value)))
                            .in(new Violation.TableCell(row.number(), column.name(), cellRef(c, row.number()))));
                }
            }
            if (!participant.has("id")) {
                // rows without an id are numbered by their row, so that contracts can name them
                participant.put("id", "p" + row.number());
            }
        }
        if (!violations.isEmpty()) {
            throw new ProfileRejectedException(ProfileRejectedException.Subject.TABLE, violations,
                    violations.size() >= MAX_CELL_ERRORS);
        }
        check(participants, header, rows, regions::known);
        return participants;
    }

    /** The strict reader's checks (enumerations, duplicates, ranges, regions), its pointers turned into cells. */
    private void check(ArrayNode participants, List<String> header, List<TableRow> rows, Predicate<String> knownRegion) {
        ObjectNode profile = JsonNodeFactory.instance.objectNode();
        profile.putObject("cluster").put("name", "import");
        profile.set("participants", participants);
        try {
            reader.check(profile, knownRegion, ProfileRejectedException.Subject.TABLE);
        } catch (ProfileRejectedException e) {
            throw new ProfileRejectedException(ProfileRejectedException.Subject.TABLE, e.violations().stream()
                    .map(v -> locate(v, header, rows)).toList(), e.truncated());
        }
    }

    private static Violation locate(Violation violation, List<String> header, List<TableRow> rows) {
        Matcher matcher = PARTICIPANT_POINTER.matcher(violation.pointer());
        if (!matcher.matches()) {
            return violation;
        }
        int index = Integer.parseInt(matcher.group(1));
        String field = matcher.group(2) == null ? "" : matcher.group(2).substring(1).replace('/', '.');
        String key = field.replaceAll("\\.\\d+$", "");
        int column = -1;
        for (int c = 0; c < header.size() && column < 0; c++) {
            Column named = BY_NAME.get(header.get(c));
            column = named != null && named.name().equals(key) ? c : -1;
        }
        int row = rows.get(index + 1).number();
        return violation.in(column < 0 ? new Violation.TableCell(row, null, "A" + row)
                : new Violation.TableCell(row, header.get(column), cellRef(column, row)));
    }

    private static String cellRef(int column, int row) {
        return CellReference.convertNumToColString(column) + row;
    }

    /** A cell whose text is not what its column takes. */
    private static final class CellError extends RuntimeException {
        private final String code;

        CellError(String code) {
            super(code, null, false, false);
            this.code = code;
        }
    }

    /** A cell's text as the JSON value its column takes. */
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
                return json.numberNode(new BigDecimal(plainNumber(text)).toBigIntegerExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CellError("cell.notWholeNumber");
            }
        }
        if (type == BigDecimal.class) {
            try {
                return json.numberNode(new BigDecimal(plainNumber(text)));
            } catch (NumberFormatException e) {
                throw new CellError("cell.notNumber");
            }
        }
        if (type == LocalDate.class) {
            return json.textNode(date(text).toString());
        }
        throw new IllegalStateException("no cell conversion for " + type);
    }

    /** Spaces as thousands separators and a decimal comma, as a Russian spreadsheet writes numbers. */
    private static String plainNumber(String text) {
        String plain = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (plain.length() > 40) {
            throw new NumberFormatException("too long for a number");
        }
        return plain;
    }

    private static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, DOTTED_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CellError("cell.notDate");
        }
    }

    private static void put(ObjectNode target, String[] path, JsonNode value) {
        ObjectNode node = target;
        for (int i = 0; i < path.length - 1; i++) {
            node = node.has(path[i]) ? (ObjectNode) node.get(path[i]) : node.putObject(path[i]);
        }
        node.set(path[path.length - 1], value);
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    static ProfileRejectedException rejected(String code, Map<String, ?> arguments) {
        return ProfileRejectedException.of(ProfileRejectedException.Subject.TABLE, "", code, arguments);
    }

    /** The words a cell may say yes or no with, in English and Russian (participant-table-words.properties). */
    private record Booleans(Set<String> yes, Set<String> no) {

        static Booleans load() {
            Properties words = Catalogue.load(ParticipantTable.class, "participant-table-words.properties");
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
            throw new CellError("cell.notYesNo");
        }
    }
}
