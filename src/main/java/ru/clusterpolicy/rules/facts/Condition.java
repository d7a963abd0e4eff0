package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A comparison of a metric with a threshold: the core of every requirement, and the "applies when"
 * condition of a table row ({@code "SPECIAL_TERRITORY_SHARE >= 0.30"}).
 */
public record Condition(String metric, Operator operator, BigDecimal threshold) implements java.io.Serializable {

    private static final Map<String, Condition> PARSED = new ConcurrentHashMap<>();

    /** Parses "METRIC OPERATOR VALUE"; throws IllegalArgumentException saying what is wrong. */
    public static Condition parse(String text) {
        // a plain read first: computeIfAbsent locks its bin even when the value is there
        Condition parsed = PARSED.get(text);
        return parsed != null ? parsed : PARSED.computeIfAbsent(text, Condition::parseUncached);
    }

    private static Condition parseUncached(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("write a condition as METRIC OPERATOR VALUE, e.g. SPECIAL_TERRITORY_SHARE >= 0.30");
        }
        Operator operator = Operator.of(parts[1]).filter(o -> o != Operator.VALID_YEARS).orElseThrow(() ->
                new IllegalArgumentException("unknown operator '" + parts[1] + "'; use one of >= > <= < = <>"));
        BigDecimal threshold = Threshold.parse(parts[2]).orElseThrow(() ->
                new IllegalArgumentException("'" + parts[2] + "' is not a number or yes/no"));
        return new Condition(parts[0], operator, threshold);
    }

    /**
     * The status of this comparison for a metric, as of a date (used by valid_years only: MET from
     * the date itself to its expiry, NOT_MET before and after).
     */
    public Status test(Metric observed, LocalDate asOf) {
        if (operator == Operator.ENDED) {
            return Status.NOT_APPLICABLE;
        }
        if (!observed.isKnown()) {
            return Status.UNKNOWN;
        }
        if (operator == Operator.VALID_YEARS) {
            // a decision dated after the evaluation date did not exist on it: it is not valid then
            return asOf.isBefore(observed.getDate()) || asOf.isAfter(expiry(observed)) ? Status.NOT_MET : Status.MET;
        }
        if (observed.getKind() == Metric.Kind.DATE) {
            return Status.UNKNOWN;
        }
        boolean low = operator.test(observed.getValue(), threshold);
        boolean high = operator.test(observed.getUpper(), threshold);
        boolean thresholdInsideRange = observed.isRange() && observed.getValue().compareTo(threshold) <= 0
                && observed.getUpper().compareTo(threshold) >= 0;
        if (low != high || (operator == Operator.EQUALS && thresholdInsideRange)) {
            return Status.UNKNOWN;
        }
        return low ? Status.MET : Status.NOT_MET;
    }

    public Status test(Metric observed) {
        return test(observed, null);
    }

    /** For valid_years: the last day the date is valid (the same day N years on, as the Civil Code counts terms). */
    public LocalDate expiry(Metric observed) {
        return observed.getDate().plusYears(threshold.longValueExact());
    }
}
