package ru.clusterpolicy.http;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Production signs people in with an identity provider's JWTs, checked against its JWKS; roles come from the token. */
class IdentityProviderTokensTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path data;
    HttpServer provider;
    EmbeddedServer server;
    RSAKey key;

    @BeforeEach
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        provider.start();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "clusterpolicy.data", data.toString(), "clusterpolicy.home", TestPolicies.FIXTURE.toString(), "clusterpolicy.watch", "false",
                "micronaut.security.token.jwt.signatures.jwks.idp.url",
                "http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks"));
    }

    @AfterEach
    void stop() {
        server.close();
        provider.stop(0);
    }

    private String token(RSAKey signer, String... roles) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("ivan").claim("roles", List.of(roles))
                        .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build());
        jwt.sign(new RSASSASigner(signer));
        return "Bearer " + jwt.serialize();
    }

    private int status(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (method.equals("POST")) {
            request.POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(
                    TestPolicies.FIXTURE.resolve("examples/three-industrial-eligible.json"))));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aTokenOfTheProviderGivesItsRolesAndAForgedOneIsRefused() throws Exception {
        assertEquals(200, status("GET", "/api/v1/rulesets", token(key, "REVIEWER")));
        assertEquals(200, status("GET", "/api/v1/rulesets", token(key, "POLICY_ADMIN")));
        assertEquals(403, status("GET", "/api/v1/rulesets", token(key, "APPLICANT")));
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        assertEquals(401, status("GET", "/api/v1/rulesets", token(stranger, "REVIEWER")));
        // anonymous self-assessment is untouched by sign-in
        assertEquals(200, status("POST", "/api/v1/evaluations", null));
    }
}
