package ru.clusterpolicy.rules;

import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.facts.KeyRate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference data the rules need, read from the reference workbook: regions with their federal
 * districts, the dated region lists (ИПСЭР regions, new regions), the key rate, OKVED sections,
 * the dates the dated tables were last checked, and the shared message texts.
 */
public record ReferenceData(Map<String, Region> regions, Map<String, Text> districts, Map<String, Message> messages,
                            Map<String, Text> names,
                            List<KeyRate> keyRates, List<OkvedSection> okvedSections, List<RegionListing> ipser,
                            List<RegionListing> newRegions, Map<String, LocalDate> checked, Map<String, Field> fields) implements java.io.Serializable {

    /**
     * A field of the profile as the form names it, for texts that name a missing input: its label,
     * and how many participants lacking it are said at once ({count}).
     *
     * @param pattern the field's JSON pointer with * for every index: /participants/*&#47;kind
     */
    public record Field(String pattern, Text label, Message many) implements java.io.Serializable {
    }

    /** The field a pointer names (its indices read as *), if the reference data labels it. */
    public Optional<Field> field(String pointer) {
        return Optional.ofNullable(fields.get(pointer.replaceAll("/\\d+(?=/|$)", "/*")));
    }

    /** The reference tables that declare when they were last checked (sheet Checked). */
    public static final String KEY_RATE_TABLE = "KeyRate";

    /**
     * A region on a dated list (the ИПСЭР regions, the new regions): from when to when, the act or
     * source it rests on and how well that is verified.
     */
    public record RegionListing(String region, LocalDate from, LocalDate to, String list, String legalRef,
                                String verification, Source source) implements java.io.Serializable {

        public boolean inForceAt(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    /** The region's listing as an ИПСЭР region in force on the date, if it has one. */
    public Optional<RegionListing> ipserAt(String region, LocalDate date) {
        return listedAt(ipser, region, date);
    }

    /** The region's listing as a new region of the Federation (transitional rules) in force on the date, if any. */
    public Optional<RegionListing> newRegionAt(String region, LocalDate date) {
        return listedAt(newRegions, region, date);
    }

    private static Optional<RegionListing> listedAt(List<RegionListing> list, String region, LocalDate date) {
        return list.stream().filter(l -> l.region().equals(region) && l.inForceAt(date)).findFirst();
    }

    /** The date a dated reference table was last checked against its source, if it says. */
    public Optional<LocalDate> checkedOn(String table) {
        return Optional.ofNullable(checked.get(table));
    }

    /** A section of OKVED 2: the letter and the range of two-digit divisions it covers. */
    public record OkvedSection(String section, int fromDivision, int toDivision, Text name) implements java.io.Serializable {
    }

    /** The OKVED 2 section an activity code falls in ("29.32" -> C), if the code is well formed. */
    public Optional<String> okvedSection(String okved) {
        if (okved == null || !okved.matches("\\d{2}.*")) {
            return Optional.empty();
        }
        int division = Integer.parseInt(okved.substring(0, 2));
        return okvedSections.stream().filter(s -> division >= s.fromDivision() && division <= s.toDivision())
                .map(OkvedSection::section).findFirst();
    }

    /** A subject of the Russian Federation. */
    public record Region(String code, Text name, String federalDistrict) implements java.io.Serializable {
    }

    /** The key rate in force on the date: the latest row from on or before it. */
    public Optional<KeyRate> keyRateAt(LocalDate date) {
        return keyRates.stream().filter(r -> !r.from().isAfter(date)).max(java.util.Comparator.comparing(KeyRate::from));
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** A shared message; a missing key is a load-time problem, so this never returns null. */
    public Message message(String key) {
        Message text = messages.get(key);
        if (text == null) {
            throw new IllegalStateException("message '" + key + "' is not in the Messages sheet");
        }
        return text;
    }
}
