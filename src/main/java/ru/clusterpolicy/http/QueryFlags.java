package ru.clusterpolicy.http;

import ru.clusterpolicy.profile.ProfileRejectedException;

import java.util.Map;

/** Query parameters that say yes or no: exactly "true" or "false", anything else a 400 naming it. */
final class QueryFlags {
    private QueryFlags() {
    }

    static boolean bool(String name, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProfileRejectedException.of(ProfileRejectedException.Subject.REQUEST, "", "request.parameter",
                    Map.of("name", name, "allowed", "true | false", "value", value));
        };
    }
}
