package ru.clusterpolicy.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** An Authorization header's bearer token, its scheme matched case-insensitively (RFC 7235), its token in constant time. */
final class BearerToken {
    private static final String SCHEME = "bearer";

    private BearerToken() {
    }

    /** Whether the signed-in user (users file or identity provider) has the POLICY_ADMIN role. */
    static boolean isPolicyAdmin(io.micronaut.security.authentication.Authentication user) {
        return user != null && user.getRoles().contains(Roles.POLICY_ADMIN);
    }

    static boolean matches(String authorization, String expected) {
        if (authorization == null || expected == null || expected.isEmpty()) {
            return false;
        }
        String header = authorization.trim();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return false;
        }
        String token = header.substring(space + 1).trim();
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
