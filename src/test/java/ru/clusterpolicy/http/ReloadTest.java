package ru.clusterpolicy.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reloading the rule set of a running service: atomic, checked, and refused whole when broken. */
class ReloadTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final String TOKEN = "s3cret";

    static final String CRITERIA = "fixture-criteria.xlsx";

    @TempDir
    Path home;

    @TempDir
    Path data;

    EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    void start(Map<String, Object> extra) {
        TestPolicies.copyOfFixtureWithoutExamples(home);
        restart(extra);
    }

    /** Starts the service on the home as it is now, with the same data folder as before. */
    void restart(Map<String, Object> extra) {
        if (server != null) {
            server.close();
        }
        Map<String, Object> properties = new HashMap<>(Map.of("clusterpolicy.home", home.toString(),
                "micronaut.server.port", -1, "clusterpolicy.watch", "false", "clusterpolicy.admin-token", TOKEN,
                "clusterpolicy.data", data.toString()));
        properties.putAll(extra);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    void withExample(String name) throws Exception {
        Files.createDirectories(home.resolve("examples"));
        for (String file : new String[]{name + ".json", name + ".expected.json"}) {
            Files.copy(TestPolicies.FIXTURE.resolve("examples/" + file), home.resolve("examples/" + file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    String version() throws Exception {
        return get("/health").get("ruleSetVersion").asText();
    }

    /** Waits until the serving version is not the given one (the watcher reloaded), at most half a minute. */
    String versionOtherThan(String old) throws Exception {
        String now = old;
        for (int i = 0; i < 120 && now.equals(old); i++) {
            Thread.sleep(250);
            now = version();
        }
        return now;
    }

    HttpResponse<String> reload(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/ruleset/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode evaluate(ObjectNode profile) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/evaluations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(profile.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Profiles.JSON.readTree(response.body());
    }

    JsonNode get(String path) throws Exception {
        return Profiles.JSON.readTree(CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Two industrial participants in 2025: NOT_ELIGIBLE with the fixture's minimum of 3, ELIGIBLE with 2. */
    static ObjectNode twoIndustrial() throws java.io.IOException {
        return Profiles.read(TestPolicies.FIXTURE.resolve("examples/two-industrial-2025.json"));
    }

    /** Lowers the fixture's 2020–2025 minimum of industrial participants from 3. */
    void setMinimum(Path tables, String minimum) {
        Workbooks.set(tables.resolve(CRITERIA), "Criteria", "E11", minimum);
    }

    @Test
    void withoutAnAdminTokenReloadIsOff() throws Exception {
        start(Map.of("clusterpolicy.admin-token", ""));
        assertEquals(404, reload("Bearer anything").statusCode());
    }

    @Test
    void aWrongOrMissingTokenIsRefused() throws Exception {
        start(Map.of());
        assertEquals(401, reload("Bearer wrong").statusCode());
        assertEquals(401, reload(null).statusCode());
    }

    @Test
    void aReloadUnderConcurrentRequestsFailsNoneAndEveryAnswerIsWhollyOldOrWhollyNew() throws Exception {
        start(Map.of());
        String old = get("/health").get("ruleSetVersion").asText();
        ObjectNode profile = twoIndustrial();
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean reloaded = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(clients.submit(() -> {
                // until the reload is done, then 20 more each, within a minute whatever happens
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                for (int after = 0; after < 20 && System.nanoTime() < deadline; after += reloaded.get() ? 1 : 0) {
                    try {
                        JsonNode answer = evaluate(profile);
                        answers.add(answer.get("ruleSet").get("version").asText() + " " + answer.get("programmes").get(0).get("verdict").asText());
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }));
        }
        setMinimum(home.resolve("decision-tables"), "2");
        HttpResponse<String> response = reload("Bearer " + TOKEN);
        reloaded.set(true);
        for (Future<?> client : running) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertEquals(200, response.statusCode(), response.body());
        String fresh = Profiles.JSON.readTree(response.body()).get("serving").asText();
        assertNotEquals(old, fresh);
        assertEquals(List.of(), new ArrayList<>(failures));
        for (String answer : answers) {
            assertTrue(answer.equals(old + " NOT_ELIGIBLE") || answer.equals(fresh + " ELIGIBLE"), "a mixed answer: " + answer);
        }
        assertTrue(answers.stream().anyMatch(a -> a.startsWith(fresh)), "answers from the new version");
        assertEquals("ELIGIBLE", evaluate(profile).get("programmes").get(0).get("verdict").asText());
    }

    @Test
    void aBrokenReloadKeepsTheOldRuleSetAndTheRuleSetEndpointShowsWhy() throws Exception {
        start(Map.of());
        String old = get("/health").get("ruleSetVersion").asText();
        Workbooks.set(home.resolve("decision-tables/" + CRITERIA), "Criteria", "H11", "someday");
        HttpResponse<String> response = reload("Bearer " + TOKEN);
        assertEquals(422, response.statusCode());
        JsonNode body = Profiles.JSON.readTree(response.body());
        assertFalse(body.get("applied").asBoolean());
        assertEquals(old, body.get("serving").asText());
        JsonNode shown = get("/api/v1/ruleset").get("lastReload");
        assertEquals("H11", shown.get("problems").get(0).get("cell").asText());
        assertTrue(shown.get("problems").get(0).get("problem").get("ru").asText().contains("не дата"), shown.toString());
        assertEquals(old, evaluate(twoIndustrial()).get("ruleSet").get("version").asText());
    }

    @Test
    void aReloadThatBreaksAnExampleIsRefused() throws Exception {
        start(Map.of());
        Files.createDirectories(home.resolve("examples"));
        for (String name : new String[]{"two-industrial-2025.json", "two-industrial-2025.expected.json"}) {
            Files.copy(TestPolicies.FIXTURE.resolve("examples/" + name), home.resolve("examples/" + name));
        }
        setMinimum(home.resolve("decision-tables"), "1");
        HttpResponse<String> response = reload("Bearer " + TOKEN);
        assertEquals(422, response.statusCode());
        JsonNode problems = Profiles.JSON.readTree(response.body()).get("problems");
        assertEquals("examples/two-industrial-2025.json", problems.get(0).get("file").asText());
        String said = problems.toString();
        assertTrue(said.contains("FIX-INDUSTRIAL: expected NOT_MET, got MET"), said);
        assertTrue(said.contains("FIX-INDUSTRIAL: ожидалось NOT_MET, получено MET"), "and in Russian: " + said);
    }

    @Test
    void aChangedFileInThePolicyHomeIsPickedUp() throws Exception {
        start(Map.of("clusterpolicy.watch", "true", "clusterpolicy.watch-quiet", "300ms"));
        String old = get("/health").get("ruleSetVersion").asText();
        setMinimum(home.resolve("decision-tables"), "2");
        String now = old;
        for (int i = 0; i < 120 && now.equals(old); i++) {
            Thread.sleep(250);
            now = get("/health").get("ruleSetVersion").asText();
        }
        assertNotEquals(old, now, "the watcher reloaded the changed workbook");
        assertEquals("ELIGIBLE", evaluate(twoIndustrial()).get("programmes").get(0).get("verdict").asText());
    }

    @Test
    void theBearerSchemeIsMatchedWhateverItsCase() throws Exception {
        start(Map.of());
        assertEquals(200, reload("bearer " + TOKEN).statusCode());
        assertEquals(200, reload("BEARER  " + TOKEN).statusCode());
    }

    @Test
    void aCandidateRuleThatNeverReturnsIsRefusedWithinTheDeadlineAndLaterReloadsStillWork() throws Exception {
        start(Map.of("clusterpolicy.reload.check-timeout", "30s"));
        withExample("two-industrial-2025");
        String old = version();
        Files.writeString(home.resolve("rules/zz-never-returns.drl"), """
                package ru.clusterpolicy.policy.testloop;
                import ru.clusterpolicy.rules.facts.*;
                rule "never returns"
                when
                    Cluster()
                then
                    long turn = 0;
                    while ( turn >= 0 ) { turn = ( turn + 1 ) % 1000; }
                end
                """);
        HttpResponse<String> refused = reload("Bearer " + TOKEN);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("did not finish within 30 s"), refused.body());
        assertEquals(old, version());
        assertEquals(old, evaluate(twoIndustrial()).get("ruleSet").get("version").asText(), "the old rule set serves on");

        Files.delete(home.resolve("rules/zz-never-returns.drl"));
        setMinimum(home.resolve("decision-tables"), "2");
        home.resolve("examples/two-industrial-2025.json").toFile().delete();
        HttpResponse<String> applied = reload("Bearer " + TOKEN);
        assertEquals(200, applied.statusCode(), "the reload after a refused one is not held up: " + applied.body());
        assertEquals("ELIGIBLE", evaluate(twoIndustrial()).get("programmes").get(0).get("verdict").asText());
    }

    @Test
    void aCandidateRuleThatEndsTheProcessIsRefusedAndTheServiceStaysUp() throws Exception {
        start(Map.of());
        withExample("two-industrial-2025");
        String old = version();
        Files.writeString(home.resolve("rules/zz-exit.drl"), """
                package ru.clusterpolicy.policy.testexit;
                import ru.clusterpolicy.rules.facts.*;
                rule "ends the process"
                when
                    Cluster()
                then
                    System.exit( 3 );
                end
                """);
        HttpResponse<String> refused = reload("Bearer " + TOKEN);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("exit code 3"), refused.body());
        assertEquals(old, version(), "still serving");
    }

    @Test
    void aRestartServesTheLastKnownGoodWhenTheHomesFilesFailAndSaysSo() throws Exception {
        start(Map.of());
        withExample("two-industrial-2025");
        String good = version();
        // an edit that reload refuses (it breaks an example), and a workbook saved half-way
        setMinimum(home.resolve("decision-tables"), "1");
        assertEquals(422, reload("Bearer " + TOKEN).statusCode());
        restart(Map.of());
        JsonNode health = get("/health");
        assertEquals(good, health.get("ruleSetVersion").asText(), "the refused rule set did not go live");
        assertEquals("LAST_KNOWN_GOOD", health.get("ruleSetOrigin").asText());
        assertTrue(health.get("warning").asText().contains("last known good"), health.toString());
        JsonNode shown = get("/api/v1/ruleset");
        assertEquals("LAST_KNOWN_GOOD", shown.get("origin").asText());
        assertTrue(shown.get("homeProblems").toString().contains("FIX-INDUSTRIAL"), shown.toString());

        byte[] workbook = Files.readAllBytes(home.resolve("decision-tables/fixture-scored-b.xlsx"));
        Files.write(home.resolve("decision-tables/fixture-scored-b.xlsx"), java.util.Arrays.copyOf(workbook, workbook.length / 2));
        restart(Map.of());
        assertEquals(good, version());
        assertEquals("NOT_ELIGIBLE", evaluate(twoIndustrial()).get("programmes").get(0).get("verdict").asText());
    }

    @Test
    void anUnreadableFileInTheHomeIsARefusedReloadAndTheWatcherGoesOn() throws Exception {
        start(Map.of("clusterpolicy.watch", "true", "clusterpolicy.watch-quiet", "300ms"));
        String old = version();
        Path unreadable = home.resolve("decision-tables/zz-unreadable.xlsx");
        // reading it fails with an I/O error whoever the test runs as
        Files.createSymbolicLink(unreadable, Path.of("/proc/self/mem"));
        JsonNode refused = null;
        for (int i = 0; i < 120 && refused == null; i++) {
            Thread.sleep(250);
            JsonNode last = get("/api/v1/ruleset").get("lastReload");
            refused = last != null && !last.isNull() ? last : null;
        }
        assertTrue(refused != null && !refused.get("applied").asBoolean(), "the change was seen and refused: " + refused);
        assertEquals(old, version());
        Files.delete(unreadable);
        setMinimum(home.resolve("decision-tables"), "2");
        assertNotEquals(old, versionOtherThan(old), "the watcher still reloads");
    }

    @Test
    void aHomeDeletedAndRestoredIsWatchedAgain() throws Exception {
        start(Map.of("clusterpolicy.watch", "true", "clusterpolicy.watch-quiet", "300ms"));
        String old = version();
        Path tables = home.resolve("decision-tables");
        Path aside = home.resolveSibling(home.getFileName() + "-aside");
        Files.move(tables, aside);
        Thread.sleep(1500);
        assertEquals(old, version(), "a home without its tables is refused, the old rule set serves");
        setMinimum(aside, "2");
        Files.move(aside, tables);
        assertNotEquals(old, versionOtherThan(old), "the restored home is watched and reloaded");
        assertEquals("ELIGIBLE", evaluate(twoIndustrial()).get("programmes").get(0).get("verdict").asText());
    }
}
