package ru.clusterpolicy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileRejectedException;
import ru.clusterpolicy.profile.Violation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated and mutated profiles through the reader and the evaluator: never a failure other than
 * a refusal, every refusal with a located, coded error in both languages, every answer a complete
 * decision, and no input that takes long. 100 000 in process and a few thousand over HTTP by
 * default; -Djqwik.tries.default=N changes the in-process count (the HTTP run stays at its share).
 */
class ProfileFuzzTest {
    private static final List<String> PROGRAMMES = List.of("DECREE_779", "PREFERENTIAL_REGIME_2023", "MATURITY", "TYPOLOGY");
    /** Not a performance figure: an input that takes this long is stuck, whatever the machine. */
    private static final long STUCK_NANOS = Duration.ofSeconds(20).toNanos();

    static Evaluator evaluator;
    static EmbeddedServer server;
    static HttpClient client;

    @BeforeContainer
    static void start() {
        evaluator = TestPolicies.evaluator(TestPolicies.repository());
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
        client = HttpClient.newHttpClient();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Provide
    Arbitrary<String> profiles() {
        return Arbitraries.randomValue(FuzzProfiles::mutated);
    }

    @Property(seed = "779")
    @StatisticsReport(onFailureOnly = false)
    void everyProfileIsRefusedWithLocatedErrorsOrAnsweredWithACompleteDecision(@ForAll("profiles") String body) {
        long started = System.nanoTime();
        try {
            check(evaluator.evaluate(body.getBytes(StandardCharsets.UTF_8), false));
            Statistics.collect("answered");
        } catch (ProfileRejectedException e) {
            Statistics.collect("refused");
            assertFalse(e.violations().isEmpty());
            for (Violation violation : e.violations()) {
                assertTrue(violation.pointer().isEmpty() || violation.pointer().startsWith("/"), violation.pointer());
                assertFalse(violation.code().isBlank());
                for (Language language : Language.values()) {
                    assertFalse(violation.message(language).isBlank());
                }
            }
        }
        assertTrue(System.nanoTime() - started < STUCK_NANOS, "an input took more than 20 s: " + body);
        // the fuzz must reach the rules, not only the reader
        Statistics.coverage(coverage -> coverage.check("answered").percentage(share -> share > 15));
    }

    @Property(tries = 3000, seed = "1956")
    void overHttpNoProfileGetsA5xxAndEveryErrorIsAProblem(@ForAll("profiles") String body) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/evaluations"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 500, response.statusCode() + " for " + body + ": " + response.body());
        JsonNode answer = Profiles.JSON.readTree(response.body());
        if (response.statusCode() == 200) {
            assertEquals(PROGRAMMES.size(), answer.get("programmes").size());
        } else {
            assertEquals(400, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(answer.get("errors").size() > 0, response.body());
            answer.get("errors").forEach(error -> assertTrue(error.has("pointer") && error.has("code") && error.has("message")));
        }
    }

    private static void check(Decision decision) {
        assertEquals(PROGRAMMES, decision.programmes().stream().map(Decision.ProgrammeDecision::programme).toList());
        for (Decision.ProgrammeDecision programme : decision.programmes()) {
            assertNotNull(programme.summary(), programme.programme());
            assertTrue(programme.verdict() != null || programme.level() != null || programme.type() != null
                    || "TYPOLOGY".equals(programme.programme()), programme.programme());
            for (Decision.CriterionFinding finding : programme.findings()) {
                assertNotNull(finding.status());
                assertFalse(finding.text().ru().isBlank() || finding.text().en().isBlank(), finding.criterion());
            }
        }
    }
}
