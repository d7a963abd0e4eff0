package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a requirement compares a metric with its threshold, as written in the tables. */
public enum Operator {
    AT_LEAST(">="), MORE_THAN(">"), AT_MOST("<="), LESS_THAN("<"), EQUALS("="), NOT_EQUALS("<>"),
    /** For a date: MET while the evaluation date is within the threshold's number of years of it. */
    VALID_YEARS("valid_years"),
    /** The criterion ends here on purpose: from this row's date it does not apply (its text says why). */
    ENDED("ended");

    private final String token;

    Operator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<Operator> of(String token) {
        return Arrays.stream(values()).filter(o -> o.token.equals(token == null ? null : token.trim())).findFirst();
    }

    public static String tokens() {
        return String.join(" ", Arrays.stream(values()).map(Operator::token).toList());
    }

    boolean test(BigDecimal observed, BigDecimal threshold) {
        int c = observed.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case EQUALS -> c == 0;
            case NOT_EQUALS -> c != 0;
            case VALID_YEARS -> throw new IllegalStateException("valid_years compares dates");
            case ENDED -> throw new IllegalStateException("an ended criterion compares nothing");
        };
    }
}
