package ru.clusterpolicy.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong with a submitted profile.
 *
 * @param pointer where, as an RFC 6901 JSON pointer into the request body ("" for the whole body)
 * @param message what is wrong, in words a client developer can act on
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Violation(String pointer, String message) {
}
