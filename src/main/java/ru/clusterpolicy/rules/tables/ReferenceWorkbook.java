package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import ru.clusterpolicy.profile.ProfileFields;
import ru.clusterpolicy.rules.Names;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.i18n.Value;

import ru.clusterpolicy.rules.facts.KeyRate;
import ru.clusterpolicy.rules.facts.Threshold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference workbook: Regions, FederalDistricts, the dated region lists (IpserRegions,
 * NewRegions), KeyRate, OkvedSections, Checked (when the dated tables were last checked) and Messages.
 */
public final class ReferenceWorkbook {

    /** Message keys the evaluation shows; each must be in the Messages sheet. */
    public static final List<String> REQUIRED_MESSAGES = List.of(
            "yes", "no", "unknown_value", "unit_rub", "unit_million", "unit_billion", "unknown_inputs", "not_applicable",
            "no_applicable_row", "gap_default", "act_not_in_force", "measure_not_in_force", "purchase_line",
            "outcome_undetermined", "no_row_applies", "required_at_least", "required_at_most", "required_more_than",
            "required_less_than", "required_equals", "required_not_equals", "required_valid_years", "observed_validity",
            "missing_participant", "missing_project", "missing_purchase", "missing_field", "caveat_unconfirmed",
            "caveat_item", "caveat_editions", "verification_CONFIRMED", "verification_PARTIAL", "verification_UNCONFIRMED",
            "formula_start_batch", "formula_joint_project", "formula_kip_rate", "okved_division", "okved_section",
            "block_name", "missing_many", "kind_group_industry",
            "kind_group_science", "kind_group_infrastructure", "kind_group_public", "todo_input");

    private ReferenceWorkbook() {
    }

    public static ReferenceData read(String file, Workbook workbook, List<PolicyProblem> problems) {
        Map<String, Text> districts = new LinkedHashMap<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, "FederalDistricts", problems),
                List.of("code", "name_ru", "name_en"), problems)) {
            districts.put(r.text("code"), new Text(r.text("name_ru"), r.text("name_en")));
        }
        Map<String, ReferenceData.Region> regions = new LinkedHashMap<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, "Regions", problems),
                List.of("code", "name_ru", "name_en", "federal_district"), problems)) {
            String code = r.text("code");
            if (code == null || regions.containsKey(code)) {
                problems.add(r.problem("code", code == null ? "reference.code.empty" : "reference.code.duplicate", "code", code));
                continue;
            }
            if (!districts.containsKey(r.text("federal_district"))) {
                problems.add(r.problem("federal_district", "reference.district", "value", r.text("federal_district"),
                        "allowed", String.join(", ", districts.keySet())));
            }
            regions.put(code, new ReferenceData.Region(code, new Text(r.text("name_ru"), r.text("name_en")),
                    r.text("federal_district")));
        }
        Map<String, Message> messages = new LinkedHashMap<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, "Messages", problems),
                List.of("key", "ru", "en"), problems)) {
            Message message = r.message("ru", "en", true, problems);
            if (message != null) {
                messages.put(r.text("key"), message);
            }
        }
        List<KeyRate> keyRates = new ArrayList<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, "KeyRate", problems),
                List.of("from", "rate_percent", "source"), problems)) {
            LocalDate from = date(r, "from", problems);
            BigDecimal rate = Threshold.parse(r.text("rate_percent")).orElse(null);
            if (from == null || rate == null) {
                problems.add(r.problem(from == null ? "from" : "rate_percent", "reference.keyRate"));
                continue;
            }
            keyRates.add(new KeyRate(rate, from, null));
        }
        List<ReferenceData.OkvedSection> sections = new ArrayList<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, "OkvedSections", problems),
                List.of("section", "from_division", "to_division", "name_ru", "name_en"), problems)) {
            BigDecimal from = Threshold.parse(r.text("from_division")).orElse(null);
            BigDecimal to = Threshold.parse(r.text("to_division")).orElse(null);
            if (from == null || to == null) {
                problems.add(r.problem("from_division", "reference.section"));
                continue;
            }
            sections.add(new ReferenceData.OkvedSection(r.text("section"), from.intValue(), to.intValue(),
                    new Text(r.text("name_ru"), r.text("name_en"))));
        }
        List<ReferenceData.RegionListing> ipser = listings(file, workbook, "IpserRegions", regions, problems);
        List<ReferenceData.RegionListing> newRegions = listings(file, workbook, "NewRegions", regions, problems);
        Map<String, LocalDate> checked = new LinkedHashMap<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, "Checked", problems),
                List.of("table", "last_checked", "note"), problems)) {
            LocalDate date = date(r, "last_checked", problems);
            if (date == null || workbook.getSheet(String.valueOf(r.text("table"))) == null) {
                problems.add(r.problem(date == null ? "last_checked" : "table", "reference.checked"));
                continue;
            }
            checked.put(r.text("table"), date);
        }
        Map<String, ReferenceData.Field> fields = new LinkedHashMap<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, "Fields", problems),
                List.of("pointer", "label_ru", "label_en", "many_ru", "many_en"), problems)) {
            String pointer = r.text("pointer");
            if (pointer == null || !ProfileFields.exists(pointer)) {
                problems.add(r.problem("pointer", "reference.pointer", "value", pointer,
                        "nearest", pointer == null ? "none" : Names.nearestOrNone(pointer, ProfileFields.patterns())));
                continue;
            }
            Message many = r.message("many_ru", "many_en", false, problems);
            if (r.text("label_ru") == null || r.text("label_en") == null) {
                problems.add(r.problem(r.text("label_ru") == null ? "label_ru" : "label_en", "reference.label"));
                continue;
            }
            fields.put(pointer, new ReferenceData.Field(pointer, new Text(r.text("label_ru"), r.text("label_en")), many));
        }
        if (!checked.containsKey(ReferenceData.KEY_RATE_TABLE)) {
            problems.add(PolicyProblem.of(file, "Checked", null, "reference.keyRateChecked"));
        }
        // names a list of a finding may hold: region_RU-TA, district_VOLGA, okved_C
        Map<String, Text> names = new LinkedHashMap<>();
        regions.values().forEach(region -> names.put("region_" + region.code(), region.name()));
        districts.forEach((code, name) -> names.put("district_" + code, name));
        Message sectionName = messages.get("okved_section");
        if (sectionName != null) {
            // "раздел C «Обрабатывающие производства»": the letter with the name, as the classifier cites it
            sections.forEach(section -> names.put("okved_" + section.section(), sectionName.render((name, language) ->
                    name.equals("section") ? Value.text(section.section())
                            : name.equals("name") ? Value.text(section.name().in(language)) : null)));
        }
        REQUIRED_MESSAGES.stream().filter(key -> !messages.containsKey(key)).forEach(key ->
                problems.add(PolicyProblem.of(file, "Messages", null, "reference.message", "key", key)));
        return new ReferenceData(regions, districts, messages, Map.copyOf(names), List.copyOf(keyRates), List.copyOf(sections), ipser,
                newRegions, Map.copyOf(checked), Map.copyOf(fields));
    }

    /** A dated list of regions (one row per region and period), each region on the Regions sheet. */
    private static List<ReferenceData.RegionListing> listings(String file, Workbook workbook, String sheet,
                                                             Map<String, ReferenceData.Region> regions,
                                                             List<PolicyProblem> problems) {
        List<ReferenceData.RegionListing> listings = new ArrayList<>();
        for (DataSheet.Record r : DataSheet.read(file, DataSheet.required(file, workbook, sheet, problems),
                List.of("region", "from", "to", "list", "legal_ref", "verification", "note"), problems)) {
            if (!regions.containsKey(r.text("region"))) {
                problems.add(r.problem("region", "reference.region", "value", r.text("region")));
                continue;
            }
            LocalDate from = date(r, "from", problems);
            if (from == null) {
                problems.add(r.problem("from", "reference.listingFrom"));
                continue;
            }
            String verification = r.verification(problems);
            if (verification == null) {
                continue;
            }
            listings.add(new ReferenceData.RegionListing(r.text("region"), from, date(r, "to", problems), r.text("list"),
                    r.text("legal_ref"), verification, ru.clusterpolicy.rules.Source.row(file, sheet, r.row())));
        }
        return List.copyOf(listings);
    }


    private static LocalDate date(DataSheet.Record record, String column, List<PolicyProblem> problems) {
        String text = record.text(column);
        if (text == null) {
            return null;
        }
        return Cells.date(text).orElseGet(() -> {
            problems.add(record.problem(column, "cell.notDate", "value", text));
            return null;
        });
    }
}
