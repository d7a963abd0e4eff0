package ru.clusterpolicy.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/** A body over its endpoint's limit: 413, and the connection is closed rather than the rest read. */
@Singleton
public class PayloadTooLargeHandler implements ExceptionHandler<PayloadTooLargeException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, PayloadTooLargeException exception) {
        return HttpResponse.<Problem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(Problem.MEDIA_TYPE)
                .header("Connection", "close")
                .body(Problem.of(413, HttpTexts.text(request, "status.413"),
                        HttpTexts.text(request, "detail.413", Map.of("max", exception.maxBytes())), request.getPath()));
    }
}
