package ru.clusterpolicy.http;

import io.micronaut.http.HttpStatus;

import java.util.Map;

/** A request the service refuses with a status and a sentence of http.properties, answered as problem+json. */
class ProblemException extends RuntimeException {
    final HttpStatus status;
    final String detail;
    final Map<String, ?> arguments;

    ProblemException(HttpStatus status, String detail, Map<String, ?> arguments) {
        super(detail);
        this.status = status;
        this.detail = detail;
        this.arguments = arguments;
    }
}
