package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import ru.clusterpolicy.profile.Violation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes every error the server itself produces (unknown path, wrong method or media type, a body
 * over the size limit, an unexpected failure) an RFC 9457 problem, like the API's own errors.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        List<Violation> errors = context.getErrors().stream()
                .map(e -> new Violation(e.getPath().map(p -> p.startsWith("/") ? p : "/" + p).orElse(""), e.getMessage()))
                .toList();
        String detail = status >= 500 ? "The server failed to answer; the request was not at fault if it was well formed."
                : errors.stream().map(Violation::message).collect(Collectors.joining("; "));
        return new Problem("about:blank", response.reason(), status, detail,
                context.getRequest().getPath(), status >= 500 || errors.isEmpty() ? null : errors);
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
