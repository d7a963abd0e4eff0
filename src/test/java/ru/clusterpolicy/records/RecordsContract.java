package ru.clusterpolicy.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.ProfileHash;
import ru.clusterpolicy.users.UsersFile;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the decision records promise, against a real server on a random port; run once per database
 * (H2RecordsTest, PostgresRecordsTest) by the subclass's {@link #database()} properties.
 */
abstract class RecordsContract {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final String TOKEN = "admin-s3cret";
    static final String REVIEWER = basic("rita", "reviewer-pass");
    static final String ADMIN = basic("paul", "admin-pass");
    static final String CRITERIA = "decision-tables/fixture-criteria.xlsx";

    @TempDir
    Path home;
    @TempDir
    Path data;
    EmbeddedServer server;
    byte[] profile;

    /** The datasource properties of the database under test. */
    abstract Map<String, Object> database();

    @BeforeEach
    void start() throws Exception {
        TestPolicies.copyOfFixtureWithoutExamples(home);
        // a version of this test's own: tests sharing a database never share a rule-set version
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "L14", "Рекомендательный " + UUID.randomUUID() + ".");
        UsersFile users = new UsersFile(data.resolve("users"));
        users.put("rita", Set.of("REVIEWER"), "reviewer-pass".toCharArray());
        users.put("paul", Set.of("POLICY_ADMIN"), "admin-pass".toCharArray());
        profile = Files.readAllBytes(TestPolicies.FIXTURE.resolve("examples/three-industrial-eligible.json"));
        restart();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    void restart() {
        if (server != null) {
            server.close();
        }
        Map<String, Object> properties = new HashMap<>(Map.of("clusterpolicy.home", home.toString(),
                "micronaut.server.port", -1, "clusterpolicy.watch", "false", "clusterpolicy.admin-token", TOKEN,
                "clusterpolicy.data", data.toString()));
        properties.putAll(database());
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** The pool itself, outside the service's transactions. */
    DataSource rawDataSource() {
        return io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                server.getApplicationContext().getBean(DataSource.class));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> send(String method, String path, String authorization, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return DecisionJson.MAPPER.readTree(response.body());
    }

    /** Evaluates the profile, asking the service to keep it as given, and returns the answer. */
    HttpResponse<byte[]> evaluate(String record) throws Exception {
        HttpResponse<byte[]> answer = send("POST", "/api/v1/evaluations" + (record == null ? "" : "?record=" + record), null, profile);
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        return answer;
    }

    static String id(HttpResponse<byte[]> answer) throws Exception {
        return json(answer).get("evaluationId").asText();
    }

    void reloadWithIndustrialMinimum(String minimum) throws Exception {
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "E11", minimum);
        HttpResponse<byte[]> reload = send("POST", "/api/v1/ruleset/reload", "Bearer " + TOKEN, null);
        assertEquals(200, reload.statusCode(), new String(reload.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aKeptDecisionIsAnsweredBackByteForByteAfterARestartAndReplaysIdentical() throws Exception {
        HttpResponse<byte[]> answer = evaluate("full");
        String id = id(answer);
        restart();

        HttpResponse<byte[]> stored = send("GET", "/api/v1/evaluations/" + id, REVIEWER, null);
        assertEquals(200, stored.statusCode());
        assertArrayEquals(answer.body(), stored.body());
        HttpResponse<byte[]> input = send("GET", "/api/v1/evaluations/" + id + "/input", REVIEWER, null);
        assertArrayEquals(profile, input.body());

        JsonNode replay = json(send("POST", "/api/v1/evaluations/" + id + "/replay", REVIEWER, null));
        assertTrue(replay.get("identical").asBoolean(), replay.toString());
        assertEquals(0, replay.get("differences").size());
        HttpResponse<byte[]> printed = send("GET", "/api/v1/evaluations/" + id + "/record.pdf", REVIEWER, null);
        assertEquals(200, printed.statusCode());
        assertEquals("%PDF", new String(printed.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(id, replay.get("decision").get("evaluationId").asText());
    }

    @Test
    void afterAReloadThatChangedAThresholdTheReplayIsIdenticalAndTheRecheckNamesTheRow() throws Exception {
        HttpResponse<byte[]> answer = evaluate("full");
        String id = id(answer);
        String before = json(answer).get("ruleSet").get("version").asText();
        reloadWithIndustrialMinimum("4");
        restart(); // the old version is now only in the archive

        JsonNode replay = json(send("POST", "/api/v1/evaluations/" + id + "/replay", REVIEWER, null));
        assertTrue(replay.get("identical").asBoolean(), replay.toString());
        assertEquals(before, replay.get("decision").get("ruleSet").get("version").asText());

        JsonNode recheck = json(send("POST", "/api/v1/evaluations/" + id + "/recheck", REVIEWER, null));
        assertTrue(recheck.get("changed").asBoolean(), recheck.toString());
        assertEquals(before, recheck.get("recordedRuleSet").asText());
        assertNotEquals(before, recheck.get("currentRuleSet").asText());
        JsonNode industrial = null;
        for (JsonNode change : recheck.get("changes")) {
            if ("CRITERION".equals(change.get("kind").asText()) && "FIX-INDUSTRIAL".equals(change.get("what").asText())) {
                industrial = change;
            }
        }
        assertTrue(industrial != null, recheck.toString());
        assertEquals("MET", industrial.get("baseline").asText());
        assertEquals("NOT_MET", industrial.get("candidate").asText());
        // the Russian sentence names the workbook, the sheet, the row and the cell's change
        String because = industrial.get("because").asText();
        assertTrue(because.contains("fixture-criteria.xlsx") && because.contains("11") && because.contains("3 → 4"), because);
    }

    @Test
    void everyVersionThatServedIsListedWithItsFilesAndTwoVersionsDiffCellByCell() throws Exception {
        byte[] original = Files.readAllBytes(home.resolve(CRITERIA));
        String before = json(evaluate(null)).get("ruleSet").get("version").asText();
        reloadWithIndustrialMinimum("4");
        String after = json(evaluate(null)).get("ruleSet").get("version").asText();

        JsonNode list = json(send("GET", "/api/v1/rulesets", REVIEWER, null));
        Set<String> versions = new java.util.HashSet<>();
        list.forEach(v -> versions.add(v.get("version").asText()));
        assertTrue(versions.containsAll(Set.of(before, after)), list.toString());

        HttpResponse<byte[]> file = send("GET", "/api/v1/rulesets/" + before + "/files/" + CRITERIA, REVIEWER, null);
        assertEquals(200, file.statusCode());
        assertArrayEquals(original, file.body());

        JsonNode criteria = json(send("GET", "/api/v1/rulesets/" + before, REVIEWER, null));
        assertEquals(before, criteria.get("version").asText());
        assertTrue(criteria.get("criteria").toString().contains("FIX-INDUSTRIAL"));

        JsonNode diff = json(send("GET", "/api/v1/rulesets/" + before + "/diff/" + after, REVIEWER, null));
        assertEquals(1, diff.get("changes").size(), diff.toString());
        JsonNode cell = diff.get("changes").get(0);
        assertEquals("CELL", cell.get("kind").asText());
        assertEquals(11, cell.get("row").asInt());
        assertEquals("3", cell.get("before").asText());
        assertEquals("4", cell.get("after").asText());
    }

    @Test
    void theReceiptIsPublicHoldsNoProfileDataAndChecksThePrintedAnswer() throws Exception {
        HttpResponse<byte[]> answer = evaluate(null);
        String id = id(answer);
        HttpResponse<byte[]> response = send("GET", "/api/v1/evaluations/" + id + "/receipt", null, null);
        assertEquals(200, response.statusCode());
        JsonNode receipt = json(response);
        assertEquals(ProfileHash.of(answer.body()), receipt.get("outputSha256").asText());
        assertEquals(ProfileHash.of(profile), receipt.get("inputSha256").asText());
        assertEquals(json(answer).get("programmes").get(0).get("verdict").asText(),
                receipt.get("verdicts").get(0).get("verdict").asText());
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode participant = DecisionJson.MAPPER.readTree(profile).get("participants").get(0);
        assertFalse(text.contains(participant.get("name").asText()), text);

        // only the receipt was kept: the stored answer is not there to read
        HttpResponse<byte[]> stored = send("GET", "/api/v1/evaluations/" + id, REVIEWER, null);
        assertEquals(404, stored.statusCode());
        assertTrue(json(stored).get("detail").asText().contains("record=full"));
    }

    @Test
    void storedInputsAreForReviewersOnlyWith401And403AsProblems() throws Exception {
        String id = id(evaluate("full"));
        String path = "/api/v1/evaluations/" + id;

        HttpResponse<byte[]> anonymous = send("GET", path, null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(""));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, send("GET", path, basic("rita", "wrong"), null).statusCode());
        HttpResponse<byte[]> admin = send("GET", path, ADMIN, null);
        assertEquals(403, admin.statusCode());
        assertEquals(403, json(admin).get("status").asInt());
        assertEquals(403, send("POST", path + "/replay", ADMIN, null).statusCode());
        assertEquals(401, send("POST", path + "/recheck", null, null).statusCode());
        assertEquals(401, send("GET", "/api/v1/rulesets", null, null).statusCode());
        assertEquals(200, send("GET", path, REVIEWER, null).statusCode());
        assertEquals(200, send("GET", "/api/v1/rulesets", ADMIN, null).statusCode());
        // the policy administrator reloads with a user, as with the admin token
        assertEquals(200, send("POST", "/api/v1/ruleset/reload", ADMIN, null).statusCode());
        assertEquals(401, send("POST", "/api/v1/ruleset/reload", REVIEWER, null).statusCode());
    }

    @Test
    void aMalformedIdIs400AnUnknownOne404AndAnUnknownWayToRecord400() throws Exception {
        HttpResponse<byte[]> malformed = send("GET", "/api/v1/evaluations/not-an-id", REVIEWER, null);
        assertEquals(400, malformed.statusCode());
        assertTrue(json(malformed).get("detail").asText().contains("not-an-id"));
        HttpResponse<byte[]> unknown = send("GET", "/api/v1/evaluations/" + UUID.randomUUID() + "/receipt", null, null);
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> bogus = send("POST", "/api/v1/evaluations?record=forever", null, profile);
        assertEquals(400, bogus.statusCode());
        assertTrue(new String(bogus.body(), StandardCharsets.UTF_8).contains("record"));
        assertEquals(400, send("POST", "/api/v1/evaluations/" + id(evaluate("full")) + "/recheck?asOf=soon", REVIEWER, null)
                .statusCode());
    }

    @Test
    void aReplayWhoseArchivedFilesAreGoneSays409RatherThanReplayingWithAnother() throws Exception {
        String id = id(evaluate("full"));
        byte[] criteria = Files.readAllBytes(home.resolve(CRITERIA));
        reloadWithIndustrialMinimum("4");
        restart();
        try (Connection connection = rawDataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM policy_file WHERE sha256 = ?")) {
            delete.setString(1, ProfileHash.of(criteria));
            assertEquals(1, delete.executeUpdate());
        }
        HttpResponse<byte[]> replay = send("POST", "/api/v1/evaluations/" + id + "/replay", REVIEWER, null);
        assertEquals(409, replay.statusCode(), new String(replay.body(), StandardCharsets.UTF_8));
        assertEquals("application/problem+json", replay.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aDatabaseThatIsGoneFailsRecordingWith503WhileTheServiceAnswersTheRest() throws Exception {
        evaluate(null);
        ((AutoCloseable) rawDataSource()).close();

        HttpResponse<byte[]> refused = send("POST", "/api/v1/evaluations", null, profile);
        assertEquals(503, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(json(refused).get("detail").asText().contains("database"), json(refused).toString());
        assertEquals(200, send("POST", "/api/v1/evaluations?record=none", null, profile).statusCode());
        JsonNode health = json(send("GET", "/health", null, null));
        assertEquals("DOWN", health.get("database").asText());
    }
}
