package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Block;
import ru.clusterpolicy.rules.facts.Indicator;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.facts.Parameter;
import ru.clusterpolicy.rules.facts.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme workbook: rule sheets (each a Drools RuleSet with one rule table: Criteria, Bands, or
 * an outcome table such as Levels or Types), a Programme sheet (key, ru, en: the programme id, its
 * title, verdict rule and summary texts), an Editions sheet, and as the programme needs them
 * Measures, Parameters, Indicators and Blocks.
 */
public final class ProgrammeWorkbook {

    static final String PROGRAMME_SHEET = "Programme";
    static final String EDITIONS_SHEET = "Editions";
    public static final String NAMES_SHEET = "Names";

    /** One rule sheet: its name, its rule table's name, and what each of its rows declares. */
    public record RuleSheet(String sheet, String tableName, Map<Integer, Object> rows) {
    }

    /** What the workbook defines. */
    public record Result(Programme programme, List<RuleSheet> ruleSheets) {
    }

    private ProgrammeWorkbook() {
    }

    /** Whether the workbook is a programme workbook: one of its sheets declares a Drools RuleSet. */
    public static boolean isProgrammeWorkbook(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (RuleTableSheet.isRuleSheet(workbook.getSheetAt(i))) {
                return true;
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
            problems.add(PolicyProblem.of(file, PROGRAMME_SHEET, "A2", "programme.id"));
        }
        Text title = text(file, keys, "title", problems);
        Programme.VerdictRule verdictRule = verdictRule(keys.get("verdict_rule"), problems);
        Map<String, Message> summaries = new HashMap<>();
        Map<String, Text> answers = new HashMap<>();
        if (verdictRule != null) {
            for (String answer : verdictRule.answers()) {
                // the answer in words, as a verdict column or a heading shows it («Соответствует», «Средний уровень»)
                if (keys.containsKey("answer_" + answer)) {
                    answers.put(answer, text(file, keys, "answer_" + answer, problems));
                } else {
                    problems.add(PolicyProblem.of(file, PROGRAMME_SHEET, null, "programme.answer", "answer", answer));
                }
                DataSheet.Record record = keys.get("summary_" + answer);
                Message summary = record == null ? null : record.message("ru", "en", true, problems);
                if (record == null) {
                    problems.add(PolicyProblem.of(file, PROGRAMME_SHEET, null, "programme.summary", "answer", answer));
                } else if (summary != null) {
                    summaries.put(answer, summary);
                }
            }
        }
        Map<String, String> keyMetrics = new HashMap<>();
        if (verdictRule != null) {
            for (String sheetName : verdictRule.dataSheets()) {
                if (workbook.getSheet(sheetName) == null) {
                    problems.add(PolicyProblem.of(file, sheetName, null, "programme.missingSheet", "rule", verdictRule.name(),
                            "sheet", sheetName));
                }
            }
            for (String role : verdictRule.keyMetrics()) {
                String metric = Optional.ofNullable(keys.get(role)).map(r -> r.text("ru")).orElse(null);
                if (metric == null) {
                    problems.add(PolicyProblem.of(file, PROGRAMME_SHEET, null, "programme.metricKey", "key", role));
                } else {
                    keyMetrics.put(role, metric);
                }
            }
        }
        LocalDate editionsChecked = Optional.ofNullable(keys.get("editions_checked")).map(r -> r.text("ru"))
                .flatMap(Cells::date).orElse(null);
        if (editionsChecked == null) {
            problems.add(PolicyProblem.of(file, PROGRAMME_SHEET, keys.containsKey("editions_checked")
                    ? "B" + keys.get("editions_checked").row() : null, "programme.editionsChecked"));
        }
        Map<String, Text> names = new LinkedHashMap<>();
        for (DataSheet.Record record : DataSheet.read(file, DataSheet.required(file, workbook, NAMES_SHEET, problems),
                List.of("criterion", "name_ru", "name_en"), problems)) {
            if (record.text("name_ru") == null || record.text("name_en") == null) {
                problems.add(record.problem(record.text("name_ru") == null ? "name_ru" : "name_en", "names.empty"));
                continue;
            }
            names.put(record.text("criterion"), new Text(record.text("name_ru"), record.text("name_en")));
        }
        List<Programme.Edition> editions = editions(file, editionsSheet, problems);
        List<Programme.Measure> measures = MeasureSheets.measures(file, workbook.getSheet(MeasureSheets.MEASURES), problems);
        List<Parameter> parameters = MeasureSheets.parameters(file, workbook.getSheet(MeasureSheets.PARAMETERS), problems);
        List<Block> blocks = ScoreSheets.blocks(file, id, workbook.getSheet(ScoreSheets.BLOCKS), problems);
        List<Indicator> indicators = ScoreSheets.indicators(file, id, workbook.getSheet(ScoreSheets.INDICATORS), blocks,
                problems);
        Map<String, Indicator> indicatorsById = new LinkedHashMap<>();
        indicators.forEach(i -> indicatorsById.put(i.id(), i));

        List<RuleSheet> ruleSheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (!RuleTableSheet.isRuleSheet(sheet)) {
                continue;
            }
            String table = RuleTableSheet.tableName(sheet).orElse("");
            Map<Integer, ?> rows = switch (table) {
                case CriteriaTable.NAME -> CriteriaTable.read(file, sheet, id, problems);
                case BandsTable.NAME -> BandsTable.read(file, sheet, indicatorsById, problems);
                default -> OutcomesTable.read(file, sheet, id, table, problems);
            };
            ruleSheets.add(new RuleSheet(sheet.getSheetName(), table, new LinkedHashMap<>(rows)));
        }
        if (verdictRule != null) {
            java.util.Set<String> tables = new java.util.HashSet<>();
            ruleSheets.forEach(sheet -> tables.add(sheet.tableName()));
            verdictRule.ruleTables().stream().filter(t -> !tables.contains(t)).forEach(t -> problems.add(
                    PolicyProblem.of(file, t, null, "programme.missingSheet", "rule", verdictRule.name(), "sheet", t)));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Requirement> requirements = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
        for (RuleSheet sheet : ruleSheets) {
            for (Object declared : sheet.rows().values()) {
                if (declared instanceof Requirement requirement) {
                    requirements.add(requirement);
                } else if (declared instanceof Band band) {
                    bands.add(band);
                } else if (declared instanceof Outcome outcome) {
                    outcomes.computeIfAbsent(outcome.table(), t -> new ArrayList<>()).add(outcome);
                }
            }
        }
        int order = Optional.ofNullable(keys.get("order")).map(r -> r.text("ru")).flatMap(ru.clusterpolicy.rules.facts.Threshold::parse)
                .map(java.math.BigDecimal::intValue).orElse(Integer.MAX_VALUE);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Programme programme = new Programme(id, order, file, title, summaries, Map.copyOf(answers), Map.copyOf(keyMetrics),
                verdictRule, editions, editionsChecked,
                requirements, Map.copyOf(names), measures,
                parameters, bands, outcomes, indicators, blocks);
        return Optional.of(new Result(programme, ruleSheets));
    }

    private static Programme.VerdictRule verdictRule(DataSheet.Record row, List<PolicyProblem> problems) {
        String value = row == null ? null : row.text("ru");
        if (value == null) {
            return Programme.VerdictRule.BINDING_CRITERIA;
        }
        try {
            return Programme.VerdictRule.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(row.problem("ru", "programme.verdictRule", "value", value,
                    "allowed", String.join(", ", java.util.Arrays.stream(Programme.VerdictRule.values()).map(Enum::name).toList())));
            return null;
        }
    }

    private static Text text(String file, Map<String, DataSheet.Record> keys, String key, List<PolicyProblem> problems) {
        DataSheet.Record record = keys.get(key);
        if (record == null || record.text("ru") == null || record.text("en") == null) {
            problems.add(PolicyProblem.of(file, PROGRAMME_SHEET, record == null ? null : "B" + record.row(),
                    "programme.key", "key", key));
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
                problems.add(record.problem("edition", "editions.date", "value", record.text("edition")));
                continue;
            }
            String verification = record.verification(problems);
            editions.add(new Programme.Edition(from.get(), record.text("act"),
                    new Text(record.text("changes_ru"), record.text("changes_en")), verification));
        }
        return editions;
    }
}
