package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Indicator;
import ru.clusterpolicy.rules.facts.Operator;
import ru.clusterpolicy.rules.facts.Threshold;
import ru.clusterpolicy.rules.tables.RuleTableSheet.Column;
import ru.clusterpolicy.rules.tables.RuleTableSheet.RowCells;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Bands rule table: each row gives an indicator's points while its value lies in [lower, upper),
 * written as conditions ("A1 >= 10", "A1 < 25"). An indicator's bands must cover every value once:
 * no overlap, no gap; this is checked at load.
 */
public final class BandsTable {

    public static final String NAME = "Bands";

    static final List<Column> COLUMNS = List.of(Column.condition("lower"), Column.condition("upper"),
            Column.declare("points", "band"), Column.metadata("label_ru"), Column.metadata("label_en"), Column.metadata("note"));

    private BandsTable() {
    }

    public static Map<Integer, Band> read(String file, Sheet sheet, Map<String, Indicator> indicators,
                                          List<PolicyProblem> problems) {
        Map<Integer, Band> bands = new LinkedHashMap<>();
        Map<Integer, RowCells> cells = new LinkedHashMap<>();
        RuleTableSheet.read(file, sheet, COLUMNS, problems).ifPresent(layout -> layout.rows().forEach(row -> {
            cells.put(row.row(), row);
            band(file, row, indicators).ifPresent(band -> bands.put(row.row(), band));
        }));
        bands.values().stream().collect(Collectors.groupingBy(Band::indicator, LinkedHashMap::new, Collectors.toList()))
                .forEach((indicator, rows) -> checkCoverage(indicator, rows, cells));
        indicators.keySet().stream().filter(id -> bands.values().stream().noneMatch(b -> b.indicator().equals(id)))
                .forEach(id -> problems.add(PolicyProblem.of(file, sheet.getSheetName(), null, "bands.none", "id", id)));
        return bands;
    }

    private static java.util.Optional<Band> band(String file, RowCells row, Map<String, Indicator> indicators) {
        int before = row.problemCount();
        row.checkNoDoubleQuotes();
        Condition lower = row.condition("lower");
        Condition upper = row.condition("upper");
        if (lower != null && lower.operator() != Operator.AT_LEAST) {
            row.problem("lower", "bands.lower");
        }
        if (upper != null && upper.operator() != Operator.LESS_THAN) {
            row.problem("upper", "bands.upper");
        }
        if (lower == null && upper == null && row.text("lower") == null && row.text("upper") == null) {
            row.problem("lower", "bands.bounds");
        }
        if (lower != null && upper != null && !lower.metric().equals(upper.metric())) {
            row.problem("upper", "bands.twoIndicators", "first", lower.metric(), "second", upper.metric());
        }
        if (lower != null && upper != null && lower.threshold().compareTo(upper.threshold()) >= 0) {
            row.problem("upper", "bands.empty");
        }
        String indicator = lower != null ? lower.metric() : upper != null ? upper.metric() : null;
        Indicator definition = indicator == null ? null : indicators.get(indicator);
        if (indicator != null && definition == null) {
            row.problem(lower != null ? "lower" : "upper", "bands.unknownIndicator", "id", indicator,
                    "nearest", ru.clusterpolicy.rules.Names.nearestOrNone(indicator, indicators.keySet()),
                    "allowed", String.join(", ", indicators.keySet()));
        }
        BigDecimal points = Threshold.parse(row.text("points")).orElse(null);
        if (points == null || points.signum() < 0) {
            row.problem("points", "bands.points", "value", row.text("points"));
        } else if (definition != null && points.compareTo(definition.max()) > 0) {
            row.problem("points", "bands.pointsOverMax", "points", points.toPlainString(), "max", definition.max().toPlainString());
        }
        if (row.problemCount() > before) {
            return java.util.Optional.empty();
        }
        String labelRu = row.required("label_ru", "how the band is shown in Russian, e.g. «10–24» or «да»");
        String labelEn = row.required("label_en", "how the band is shown in English, e.g. 10–24 or yes");
        if (row.problemCount() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Band(definition.programme(), indicator, definition.block(), points,
                new ru.clusterpolicy.i18n.Text(ru.clusterpolicy.i18n.Typography.russian(labelRu), labelEn), lower, upper,
                Source.row(file, row.sheetName(), row.row())));
    }

    /** The bands of one indicator, ordered, must run from no lower bound to no upper bound without gap or overlap. */
    private static void checkCoverage(String indicator, List<Band> bands, Map<Integer, RowCells> cells) {
        List<Band> ordered = new ArrayList<>(bands);
        ordered.sort(Comparator.comparing((Band b) -> b.lower() == null ? null : b.lower().threshold(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        Band first = ordered.get(0);
        if (first.lower() != null) {
            cells.get(first.source().row()).problem("lower", "bands.noLowest", "indicator", indicator,
                    "value", first.lower().threshold().toPlainString());
        }
        Band last = ordered.get(ordered.size() - 1);
        if (last.upper() != null) {
            cells.get(last.source().row()).problem("upper", "bands.noHighest", "indicator", indicator,
                    "value", last.upper().threshold().toPlainString());
        }
        for (int i = 1; i < ordered.size(); i++) {
            Band previous = ordered.get(i - 1);
            Band band = ordered.get(i);
            BigDecimal end = previous.upper() == null ? null : previous.upper().threshold();
            BigDecimal start = band.lower() == null ? null : band.lower().threshold();
            if (end == null || start == null || end.compareTo(start) > 0) {
                cells.get(band.source().row()).problem("lower", "bands.overlap", "indicator", indicator,
                        "row", previous.source().row());
            } else if (!Objects.equals(end.stripTrailingZeros(), start.stripTrailingZeros())) {
                cells.get(band.source().row()).problem("lower", "bands.hole", "indicator", indicator,
                        "from", end.toPlainString(), "to", start.toPlainString());
            }
        }
    }
}
