package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.facts.Parameter;
import ru.clusterpolicy.rules.facts.Threshold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The optional sheets of a programme of measures: Measures (one row per support measure) and
 * Parameters (dated values the amounts use: shares, caps, start dates).
 */
final class MeasureSheets {
    static final String MEASURES = "Measures";
    static final String PARAMETERS = "Parameters";
    private static final Set<String> FIXED = Set.of("NOT_ENACTED", "UNKNOWN");

    private MeasureSheets() {
    }

    static List<Programme.Measure> measures(String file, Sheet sheet, List<PolicyProblem> problems) {
        List<Programme.Measure> measures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataSheet.Record r : DataSheet.read(file, sheet, List.of("measure", "scope", "fixed_status", "act",
                "verification", "note", "title_ru", "title_en", "text_ru", "text_en"), problems)) {
            int before = problems.size();
            String id = r.text("measure");
            if (id == null || !ids.add(id)) {
                problems.add(r.problem("measure", id == null ? "measure.id.empty" : "measure.id.duplicate", "id", id));
            }
            Programme.Scope scope = null;
            try {
                scope = Programme.Scope.valueOf(String.valueOf(r.text("scope")));
            } catch (IllegalArgumentException e) {
                problems.add(r.problem("scope", "measure.scope", "value", r.text("scope")));
            }
            String fixed = r.text("fixed_status");
            if (fixed != null && !FIXED.contains(fixed)) {
                problems.add(r.problem("fixed_status", "measure.fixed", "value", fixed));
            }
            String verification = r.verification(problems);
            for (String text : List.of("title_ru", "title_en")) {
                if (r.text(text) == null) {
                    problems.add(r.problem(text, "measure.text", "column", text));
                }
            }
            ru.clusterpolicy.i18n.Message text = r.message("text_ru", "text_en", true, problems);
            if (problems.size() == before) {
                measures.add(new Programme.Measure(id, scope, fixed, new Text(r.text("title_ru"), r.text("title_en")),
                        text, r.text("act"), verification,
                        r.text("note"), Source.row(file, sheet.getSheetName(), r.row())));
            }
        }
        return measures;
    }

    static List<Parameter> parameters(String file, Sheet sheet, List<PolicyProblem> problems) {
        List<Parameter> parameters = new ArrayList<>();
        for (DataSheet.Record r : DataSheet.read(file, sheet,
                List.of("name", "value", "from", "to", "unit", "legal_ref", "verification", "note"), problems)) {
            int before = problems.size();
            String name = r.text("name");
            if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
                problems.add(r.problem("name", "parameter.name", "value", name));
            }
            String raw = r.text("value");
            LocalDate date = Cells.date(raw).orElse(null);
            BigDecimal value = date == null ? Threshold.parse(raw).orElse(null) : null;
            if (date == null && value == null) {
                problems.add(r.problem("value", "parameter.value", "value", raw));
            }
            LocalDate from = Cells.date(r.text("from")).orElse(null);
            if (from == null) {
                problems.add(r.problem("from", "parameter.from", "value", r.text("from")));
            }
            LocalDate to = r.text("to") == null ? null : Cells.date(r.text("to")).orElse(null);
            if (r.text("to") != null && to == null) {
                problems.add(r.problem("to", "parameter.to", "value", r.text("to")));
            }
            String verification = r.verification(problems);
            if (problems.size() == before) {
                parameters.add(new Parameter(name, value, date, r.text("unit"), from, to, r.text("legal_ref"), verification,
                        Source.row(file, sheet.getSheetName(), r.row())));
            }
        }
        return parameters;
    }
}
