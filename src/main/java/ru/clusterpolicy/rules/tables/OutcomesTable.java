package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.tables.RuleTableSheet.Column;
import ru.clusterpolicy.rules.tables.RuleTableSheet.RowCells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;


/**
 * An outcome rule table (maturity Levels, typology Types): each row offers its outcome when all
 * its conditions hold, and the first such row wins. A row below one without conditions can never
 * win: that is reported at load.
 */
public final class OutcomesTable {

    /** The outcomes each table may give: they are the API's values. */
    public static final Map<String, List<String>> OUTCOMES = Map.of(
            "Levels", List.of("INSUFFICIENT_DATA", "INITIAL", "MEDIUM", "HIGH"),
            "Types", List.of("REGIONAL", "INTERREGIONAL", "NATIONAL_SECTORAL", "NATIONAL_INTERSECTORAL"));

    static final List<Column> COLUMNS = List.of(Column.condition("when_1"), Column.condition("when_2"),
            Column.condition("when_3"), Column.declare("outcome", "outcome"), Column.metadata("text_ru"),
            Column.metadata("text_en"), Column.metadata("note"));

    private OutcomesTable() {
    }

    public static Map<Integer, Outcome> read(String file, Sheet sheet, String programme, String table,
                                            List<PolicyProblem> problems) {
        Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
        List<String> allowed = OUTCOMES.get(table);
        if (allowed == null) {
            problems.add(PolicyProblem.of(file, sheet.getSheetName(), null, "table.unknown", "table", table,
                    "allowed", String.join(", ", OUTCOMES.keySet())));
            return outcomes;
        }
        Integer unconditional = null;
        for (RowCells row : RuleTableSheet.read(file, sheet, COLUMNS, problems).map(RuleTableSheet.Layout::rows).orElse(List.of())) {
            int before = row.problemCount();
            row.checkNoDoubleQuotes();
            List<Condition> conditions = new ArrayList<>();
            for (String column : List.of("when_1", "when_2", "when_3")) {
                conditions.add(row.condition(column));
            }
            conditions.removeIf(Objects::isNull);
            String outcome = row.required("outcome", String.join(", ", allowed));
            if (outcome != null && !allowed.contains(outcome)) {
                row.problem("outcome", "outcomes.unknown", "value", outcome, "allowed", String.join(", ", allowed));
            }
            if (unconditional != null) {
                row.problem("outcome", "outcomes.unreachable", "row", unconditional);
            }
            Message text = row.message("text_ru", "text_en", true);
            if (conditions.isEmpty() && row.text("when_1") == null && row.text("when_2") == null && row.text("when_3") == null) {
                unconditional = row.row();
            }
            if (row.problemCount() == before) {
                outcomes.put(row.row(), new Outcome(programme, table, outcome, List.copyOf(conditions), text, row.text("note"),
                        Source.row(file, row.sheetName(), row.row())));
            }
        }
        return outcomes;
    }
}
