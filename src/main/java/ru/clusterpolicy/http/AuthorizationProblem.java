package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/** Missing or wrong credentials: 401, a signed-in user without the role: 403, both as problem+json in the client's language. */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationProblem implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ProblemHandlers.problem(request, HttpStatus.FORBIDDEN, "detail.403.role", Map.of());
        }
        return ProblemHandlers.problem(request, HttpStatus.UNAUTHORIZED, "detail.401", Map.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ClusterPolicy\", charset=\"UTF-8\"");
    }
}
