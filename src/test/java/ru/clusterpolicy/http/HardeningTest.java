package ru.clusterpolicy.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.clusterpolicy.Profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server under what an attacker or an unlucky client sends: every answer is bounded, secured
 * and in the problem shape, and no client can hold the server for the others.
 */
class HardeningTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "micronaut.server.max-request-size", "2MB", "clusterpolicy.max-profile-size", "1MB",
                "clusterpolicy.server.max-connections-per-address", 8, "micronaut.server.read-idle-timeout", "2s",
                "micronaut.server.idle-timeout", "2s", "clusterpolicy.import.concurrent", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path));
    }

    static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = Profiles.JSON.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("title").asText().isBlank());
        assertFalse(response.body().matches("(?s).*(org\\.apache|com\\.fasterxml|io\\.micronaut|Exception|bugzilla).*"),
                "no library internals: " + response.body());
    }

    /** What the server answers on a raw connection within a few seconds: the status line and the rest. */
    static String raw(String request, int waitMillis) throws IOException {
        try (Socket socket = new Socket("localhost", server.getPort())) {
            socket.setSoTimeout(waitMillis);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            byte[] answer = new byte[8192];
            int read = 0;
            try {
                for (int n; read < answer.length && (n = socket.getInputStream().read(answer, read, answer.length - read)) > 0; ) {
                    read += n;
                }
            } catch (SocketTimeoutException e) {
                // a kept-alive connection: what came so far is the answer
            }
            return new String(answer, 0, read, StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void everyAnswerForbidsSniffingFramingForeignContentAndReferrers() throws Exception {
        for (String path : List.of("/", "/assets/app.js", "/api/v1/ruleset", "/health", "/nothing")) {
            var headers = send(at(path)).headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), path);
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
        }
    }

    @Test
    void apiAnswersAreNotCachedBatchesIncluded() throws Exception {
        var evaluation = send(at("/api/v1/evaluations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Profiles.eligible("2025-06-01").toString())));
        assertEquals("no-store", evaluation.headers().firstValue("Cache-Control").orElse(null));
        var batch = send(at("/api/v1/evaluations/batch").header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(Profiles.eligible("2025-06-01") + "\n")));
        assertEquals(200, batch.statusCode());
        assertEquals("no-store", batch.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(batch.headers().firstValue("Expires").isEmpty(), "no expiry that would invite caching");
    }

    @Test
    void aRequestRefusedForItsOriginIsAProblemToo() throws Exception {
        var refused = send(at("/api/v1/evaluations").header("Content-Type", "application/json")
                .header("Origin", "http://elsewhere.example").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(refused, 403);
    }

    @Test
    void aDeclaredLengthOverTheServersLimitIs413InTheProblemShape() throws Exception {
        String answer = raw("POST /api/v1/evaluations/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                + "Content-Length: 90000000000\r\n\r\n{}", 3000);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        String profile = raw("POST /api/v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\n\r\n{", 3000);
        assertTrue(profile.startsWith("HTTP/1.1 413"), "refused at once, before the body arrives: " + profile);
    }

    @Test
    void aProfileOverItsLimitSentWithoutALengthIs413() throws Exception {
        HttpResponse<String> response = send(at("/api/v1/evaluations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[1_500_000]))));
        assertProblem(response, 413);
    }

    @Test
    void anInvalidQueryParameterWithALargeBodyIsAnsweredAndTheClientIsNotLeftHanging() throws Exception {
        HttpResponse<String> response = send(at("/api/v1/evaluations?trace=maybe").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(" ".repeat(900_000) + Profiles.eligible("2025-06-01"))));
        assertProblem(response, 400);
        assertTrue(Profiles.JSON.readTree(response.body()).get("errors").get(0).get("message").asText().contains("trace"));
    }

    @Test
    void oneAddressCannotHoldMoreThanItsShareOfConnections() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                held.add(new Socket("localhost", server.getPort()));
            }
            try (Socket extra = new Socket("localhost", server.getPort())) {
                extra.setSoTimeout(3000);
                assertEquals(-1, extra.getInputStream().read(), "the connection over the bound is closed at once");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        Thread.sleep(300);
        assertEquals(200, send(at("/health")).statusCode(), "served again once the connections are gone");
    }

    @Test
    void aConnectionThatSendsNothingMoreIsClosed() throws Exception {
        try (Socket slow = new Socket("localhost", server.getPort())) {
            slow.setSoTimeout(10_000);
            OutputStream out = slow.getOutputStream();
            out.write("POST /api/v1/evaluations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = slow.getInputStream();
            long started = System.nanoTime();
            while (in.read() >= 0) {
                // whatever the server answers, it ends the connection
            }
            assertTrue(System.nanoTime() - started < 9_000_000_000L, "closed by the idle timeout, not by the test");
        }
    }

    @Test
    void aTableThatCannotBeReadIsSaidInTheServicesWordsAndReadingIsBounded() throws Exception {
        HttpResponse<String> busy = send(at("/api/v1/participants/import").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("id\np1\n")));
        assertProblem(busy, 503);
        assertNotNull(busy.headers().firstValue("Retry-After").orElse(null));
    }

    @Test
    void theRuleSetEndpointShowsNoPathOfTheServer() throws Exception {
        String body = send(at("/api/v1/ruleset")).body();
        assertEquals("PACKAGED", Profiles.JSON.readTree(body).get("origin").asText());
        assertFalse(body.contains(System.getProperty("user.dir")), "no absolute path");
        assertFalse(body.contains("/tmp/"), "no absolute path");
    }

    @Test
    void everyErrorOfTheServerItselfIsAProblemInTheClientsLanguage() throws Exception {
        HttpResponse<String> notFound = send(at("/api/v1/nothing").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5"));
        assertProblem(notFound, 404);
        assertEquals("Не найдено", Profiles.JSON.readTree(notFound.body()).get("title").asText());
        assertProblem(send(at("/api/v1/evaluations").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415);
        assertProblem(send(at("/api/v1/evaluations")), 405);
        HttpResponse<String> notJson = send(at("/api/v1/evaluations").header("Content-Type", "application/json")
                .header("Accept-Language", "ru").POST(HttpRequest.BodyPublishers.ofString("{\"a\": " + "9".repeat(400) + "}")));
        assertProblem(notJson, 400);
        assertTrue(notJson.body().contains("длиннее, чем допускает профиль"), notJson.body());
    }
}
