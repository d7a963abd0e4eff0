package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;


/**
 * Makes every error the server itself produces (unknown path, wrong method or media type, a body
 * over the server's limit, a refused origin, an unexpected failure) an RFC 9457 problem like the
 * API's own, in the client's language and in the service's words: the framework's and libraries'
 * messages name their internals and are not shown.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private final long maxRequestSize;

    public ProblemBodyProvider(HttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        return HttpTexts.problemFor(context.getRequest(), response.code(), maxRequestSize);
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
