package ru.clusterpolicy.http;

import io.micronaut.serde.annotation.Serdeable;
import ru.clusterpolicy.profile.Violation;

import java.util.List;

/** An RFC 9457 problem detail, with the list of what is wrong and where (JSON pointers). */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
