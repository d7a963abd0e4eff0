package ru.clusterpolicy.rules;

import ru.clusterpolicy.rules.facts.KeyRate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference data the rules need, read from the reference workbook: regions with their federal
 * districts and ИПСЭР status, and the shared message texts.
 */
public record ReferenceData(Map<String, Region> regions, Map<String, Text> districts, Map<String, Text> messages,
                            List<KeyRate> keyRates, List<OkvedSection> okvedSections) {

    /** A section of OKVED 2: the letter and the range of two-digit divisions it covers. */
    public record OkvedSection(String section, int fromDivision, int toDivision, Text name) {
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
    public record Region(String code, Text name, String federalDistrict, LocalDate ipserFrom, LocalDate ipserTo) {

        /** On the list of regions with an individual socio-economic development programme on the date. */
        public boolean ipserAt(LocalDate date) {
            return ipserFrom != null && !date.isBefore(ipserFrom) && (ipserTo == null || !date.isAfter(ipserTo));
        }
    }

    /** The key rate in force on the date: the latest row from on or before it. */
    public Optional<KeyRate> keyRateAt(LocalDate date) {
        return keyRates.stream().filter(r -> !r.from().isAfter(date)).max(java.util.Comparator.comparing(KeyRate::from));
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** A shared message; a missing key is a load-time problem, so this never returns null. */
    public Text message(String key) {
        Text text = messages.get(key);
        if (text == null) {
            throw new IllegalStateException("message '" + key + "' is not in the Messages sheet");
        }
        return text;
    }
}
