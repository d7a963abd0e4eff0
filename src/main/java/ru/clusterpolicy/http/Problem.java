package ru.clusterpolicy.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileRejectedException;
import ru.clusterpolicy.profile.Violation;

import java.util.List;

/**
 * An RFC 9457 problem detail, with the list of what is wrong and where (JSON pointers), each with
 * a stable code and a message in the client's language ({@code truncated} when the list stops short).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Error> errors,
                     Boolean truncated) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One error: where (a JSON pointer, "" for the whole body), what kind (a stable code), and in words. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Error(String pointer, String code, String message) {
        static Error of(Violation violation, Language language) {
            return new Error(violation.pointer(), violation.code(), violation.message(language));
        }
    }

    static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null);
    }

    static Problem rejected(ProfileRejectedException rejected, String instance, Language language) {
        return new Problem("about:blank", rejected.title(language), 400, rejected.detail(language), instance,
                rejected.violations().stream().map(v -> Error.of(v, language)).toList(), rejected.truncated() ? true : null);
    }
}
