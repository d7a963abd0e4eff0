package ru.clusterpolicy.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.records.RecordsUnavailableException;
import ru.clusterpolicy.records.ArchiveMissingException;

import java.util.Map;

/** The records' refusals as problem+json: a named refusal, a database that is down (503), an archive that lacks a version (409). */
final class ProblemHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    private ProblemHandlers() {
    }

    static MutableHttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String detail, Map<String, ?> arguments) {
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(status.getCode(), HttpTexts.text(request, "status." + status.getCode()),
                        HttpTexts.text(request, detail, arguments), request.getPath()));
    }

    @Singleton
    @Produces
    static class Refused implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
            return problem(request, exception.status, exception.detail, exception.arguments);
        }
    }

    @Singleton
    @Produces
    static class RecordsUnavailable implements ExceptionHandler<RecordsUnavailableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, RecordsUnavailableException exception) {
            LOG.warn("{} {}: {}", request.getMethodName(), request.getPath(), exception.getMessage());
            return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "record.unavailable", Map.of()).header("Retry-After", "30");
        }
    }

    @Singleton
    @Produces
    static class ArchiveMissing implements ExceptionHandler<ArchiveMissingException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ArchiveMissingException exception) {
            return problem(request, HttpStatus.CONFLICT, "archive.missing", Map.of("version", exception.version()));
        }
    }
}
