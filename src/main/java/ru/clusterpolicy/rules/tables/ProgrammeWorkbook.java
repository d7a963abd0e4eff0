package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.Text;
import ru.clusterpolicy.rules.facts.Parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme workbook: the Criteria rule table on the first sheet, a Programme sheet (key, ru,
 * en: the programme id, its title and summary texts) and an Editions sheet (the dated editions of
 * the act).
 */
public final class ProgrammeWorkbook {

    static final String PROGRAMME_SHEET = "Programme";
    static final String EDITIONS_SHEET = "Editions";
    private static final List<String> SUMMARY_KEYS =
            List.of("summary_ELIGIBLE", "summary_NOT_ELIGIBLE", "summary_INSUFFICIENT_DATA");

    /** What the workbook defines, with the rule-name prefix of its Criteria table. */
    public record Result(Programme programme, String tableName, Map<Integer, ru.clusterpolicy.rules.facts.Requirement> rows) {
    }

    private ProgrammeWorkbook() {
    }

    /** Whether the workbook is a programme workbook: its first sheet declares a Drools RuleSet. */
    public static boolean isProgrammeWorkbook(Workbook workbook) {
        Sheet first = workbook.getSheetAt(0);
        for (int r = 0; r <= Math.min(first.getLastRowNum(), 10); r++) {
            for (int c = 0; c < 5; c++) {
                if ("RuleSet".equals(Cells.text(first, r, c))) {
                    return true;
                }
            }
        }
        return false;
    }

    public static Optional<Result> read(String file, Workbook workbook, List<PolicyProblem> problems) {
        int before = problems.size();
        Sheet programmeSheet = DataSheet.required(file, workbook, PROGRAMME_SHEET, problems);
        Sheet editionsSheet = DataSheet.required(file, workbook, EDITIONS_SHEET, problems);
        if (programmeSheet == null || editionsSheet == null) {
            return Optional.empty();
        }
        Map<String, DataSheet.Record> keys = new HashMap<>();
        for (DataSheet.Record record : DataSheet.read(file, programmeSheet, List.of("key", "ru", "en"), problems)) {
            keys.put(record.text("key"), record);
        }
        String id = Optional.ofNullable(keys.get("programme")).map(r -> r.text("ru")).orElse(null);
        if (id == null) {
            problems.add(new PolicyProblem(file, PROGRAMME_SHEET, "A2", "no 'programme' row with the programme id",
                    "add a row: programme | DECREE_779"));
        }
        Text title = text(file, keys, "title", problems);
        Map<String, Text> summaries = new HashMap<>();
        SUMMARY_KEYS.forEach(key -> summaries.put(key.substring("summary_".length()), text(file, keys, key, problems)));
        Programme.VerdictRule verdictRule = verdictRule(file, keys.get("verdict_rule"), problems);
        List<Programme.Edition> editions = editions(file, editionsSheet, problems);
        List<Programme.Measure> measures = MeasureSheets.measures(file, workbook.getSheet(MeasureSheets.MEASURES), problems);
        List<Parameter> parameters = MeasureSheets.parameters(file, workbook.getSheet(MeasureSheets.PARAMETERS), problems);
        Optional<CriteriaTable.Result> criteria = new CriteriaTable(file, workbook.getSheetAt(0), id, problems).read();
        if (problems.size() > before || criteria.isEmpty()) {
            return Optional.empty();
        }
        Programme programme = new Programme(id, file, title, summaries, verdictRule, editions,
                List.copyOf(criteria.get().requirements().values()), measures, parameters);
        return Optional.of(new Result(programme, criteria.get().tableName(), criteria.get().requirements()));
    }

    private static Programme.VerdictRule verdictRule(String file, DataSheet.Record row, List<PolicyProblem> problems) {
        String value = row == null ? null : row.text("ru");
        if (value == null) {
            return Programme.VerdictRule.BINDING_CRITERIA;
        }
        try {
            return Programme.VerdictRule.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(row.problem("ru", "unknown verdict rule '" + value + "'",
                    "write BINDING_CRITERIA or GATE_AND_MEASURES"));
            return null;
        }
    }


    private static Text text(String file, Map<String, DataSheet.Record> keys, String key, List<PolicyProblem> problems) {
        DataSheet.Record record = keys.get(key);
        if (record == null || record.text("ru") == null || record.text("en") == null) {
            problems.add(new PolicyProblem(file, PROGRAMME_SHEET, record == null ? null : "B" + record.row(),
                    "the '" + key + "' row is missing or lacks its Russian or English text",
                    "add a row: " + key + " | Russian text | English text"));
            return null;
        }
        return new Text(record.text("ru"), record.text("en"));
    }

    private static List<Programme.Edition> editions(String file, Sheet sheet, List<PolicyProblem> problems) {
        List<Programme.Edition> editions = new ArrayList<>();
        for (DataSheet.Record record : DataSheet.read(file, sheet,
                List.of("edition", "act", "changes_ru", "changes_en", "verification"), problems)) {
            Optional<LocalDate> from = Cells.date(record.text("edition"));
            if (from.isEmpty()) {
                problems.add(record.problem("edition", "'" + record.text("edition") + "' is not a date", "write YYYY-MM-DD"));
                continue;
            }
            editions.add(new Programme.Edition(from.get(), record.text("act"),
                    new Text(record.text("changes_ru"), record.text("changes_en")), record.text("verification")));
        }
        return editions;
    }
}
