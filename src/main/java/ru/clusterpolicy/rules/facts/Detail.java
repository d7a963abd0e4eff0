package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One item a finding lists (a participant, a region, an industry, a purchase): a label shown as it
 * is written, a name of the reference data (region_RU-TA, district_VOLGA, okved_C, or a message
 * such as kind_group_industry), or a message of the reference data filled with values (a purchase
 * line), so that every item is said in the reader's language and formats.
 */
public record Detail(String label, String name, String message, Map<String, Object> arguments) {

    public static Detail label(String text) {
        return new Detail(text, null, null, Map.of());
    }

    public static Detail named(String key) {
        return new Detail(null, key, null, Map.of());
    }

    /** @param arguments the message's values; a null value is shown as unknown */
    public static Detail line(String message, Map<String, Object> arguments) {
        return new Detail(null, null, message, Collections.unmodifiableMap(new HashMap<>(arguments)));
    }

    /** A sum of money among a line's values, shown as the reader's language writes roubles. */
    public record Roubles(BigDecimal amount) {
    }

    /** An amount in roubles for a line's values (a plain number would be shown without its unit). */
    public static Roubles roubles(BigDecimal amount) {
        return amount == null ? null : new Roubles(amount);
    }

    /** An item from whatever the rules listed: a detail as it is, anything else by its label. */
    public static Detail of(Object item) {
        return item instanceof Detail detail ? detail : label(String.valueOf(item));
    }

    /** The order items are listed in: by label or name, as the rules gave them otherwise. */
    String sortKey() {
        return label != null ? label : name != null ? name : "";
    }
}
