package ru.clusterpolicy.records;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.users.UsersFile;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The record is committed before the answer leaves: a server killed (SIGKILL) right after a 200 still has it on restart. */
class KilledServerTest {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;
    Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void aDecisionAnsweredJustBeforeASigkillIsThereAfterTheRestart() throws Exception {
        new UsersFile(data.resolve("users")).put("rita", Set.of("REVIEWER"), "reviewer-pass".toCharArray());
        byte[] profile = Files.readAllBytes(TestPolicies.HOME.resolve("examples/small-cluster-fails-composition.json"));
        int port = freePort();
        server = start(port);
        HttpResponse<byte[]> answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/evaluations?record=full")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(profile)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        server.waitFor(30, TimeUnit.SECONDS);

        server = start(port);
        String id = DecisionJson.MAPPER.readTree(answer.body()).get("evaluationId").asText();
        HttpResponse<byte[]> stored = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/evaluations/" + id)).header("Authorization", RecordsContract.basic("rita", "reviewer-pass")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, stored.statusCode());
        assertArrayEquals(answer.body(), stored.body());
    }

    private Process start(int port) throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmicronaut.server.port=" + port,
                "-Dclusterpolicy.data=" + data, "-Dclusterpolicy.warm-up=200ms", "ru.clusterpolicy.Application"))
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (ConnectException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped: " + Files.readString(data.resolve("server.log")));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not come up: " + Files.readString(data.resolve("server.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
