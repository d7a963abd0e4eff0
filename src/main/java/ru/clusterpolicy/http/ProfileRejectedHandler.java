package ru.clusterpolicy.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import ru.clusterpolicy.profile.ProfileRejectedException;

/**
 * A profile (or participants table, or request parameter) that cannot be read: 400 with every
 * violation, its JSON pointer, code and message in the language the client asks for.
 */
@Singleton
public class ProfileRejectedHandler implements ExceptionHandler<ProfileRejectedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProfileRejectedException exception) {
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE)
                .body(Problem.rejected(exception, request.getPath(), HttpTexts.language(request)));
    }
}
