package ru.clusterpolicy.records;

import java.util.Locale;
import java.util.Optional;

/** What is kept of an answered decision: nothing, its receipt, or the receipt with the exact input and answer. */
public enum Keeping {
    NONE, RECEIPT, FULL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The keeping a query or configuration names (none, receipt, full), if it names one. */
    public static Optional<Keeping> of(String word) {
        for (Keeping keeping : values()) {
            if (keeping.word().equals(word)) {
                return Optional.of(keeping);
            }
        }
        return Optional.empty();
    }
}
