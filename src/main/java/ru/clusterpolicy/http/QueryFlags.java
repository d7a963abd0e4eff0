package ru.clusterpolicy.http;

import ru.clusterpolicy.profile.ProfileRejectedException;

import java.util.Map;

/** Query parameters with a fixed set of values: anything else is a 400 naming the parameter and what it allows. */
final class QueryFlags {
    private QueryFlags() {
    }

    /** Exactly "true" or "false". */
    static boolean bool(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw refused(name, "true | false", value);
        };
    }

    /** {@code detail}: "full" keeps every measure line with its own reason, "grouped" (the default) gives a repeated reason once. */
    static boolean fullDetail(String value) {
        return switch (value) {
            case "full" -> true;
            case "grouped" -> false;
            default -> throw refused("detail", "grouped | full", value);
        };
    }

    /** {@code record}: none, receipt or full; absent, the service's default. */
    static ru.clusterpolicy.records.Keeping keeping(String value, ru.clusterpolicy.records.Keeping otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        return ru.clusterpolicy.records.Keeping.of(value).orElseThrow(() -> refused("record", "none | receipt | full", value));
    }

    /** A date parameter (YYYY-MM-DD), or null when absent. */
    static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw refused(name, "YYYY-MM-DD", value);
        }
    }

    private static ProfileRejectedException refused(String name, String allowed, String value) {
        return ProfileRejectedException.of(ProfileRejectedException.Subject.REQUEST, "", "request.parameter",
                Map.of("name", name, "allowed", allowed, "value", value));
    }
}
