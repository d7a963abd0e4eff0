package ru.clusterpolicy.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import ru.clusterpolicy.profile.ProfileRejectedException;

/** A profile (or participants table) that cannot be read: 400 with every violation and its JSON pointer. */
@Singleton
public class ProfileRejectedHandler implements ExceptionHandler<ProfileRejectedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProfileRejectedException exception) {
        Problem problem = new Problem("about:blank", exception.title(), HttpStatus.BAD_REQUEST.getCode(),
                exception.getMessage(), request.getPath(), exception.violations());
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
