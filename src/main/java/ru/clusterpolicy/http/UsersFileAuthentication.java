package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import ru.clusterpolicy.users.UsersFile;

import java.nio.file.Path;

/** HTTP Basic credentials checked against the users file of the data folder (the embedded default). */
@Singleton
class UsersFileAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final UsersFile users;

    UsersFileAuthentication(@Value("${clusterpolicy.data:data}") String data) {
        this.users = new UsersFile(Path.of(data).resolve("users"));
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> credentials) {
        return users.check(credentials.getIdentity(), credentials.getSecret())
                .map(user -> AuthenticationResponse.success(user.name(), user.roles()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
