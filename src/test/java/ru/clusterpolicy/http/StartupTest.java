package ru.clusterpolicy.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.evaluation.PolicyLifecycle;
import ru.clusterpolicy.rules.PolicyLoadException;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up reads the rule set from CLUSTERPOLICY_HOME when it is set, and refuses a broken one. */
class StartupTest {

    @TempDir
    Path home;

    @Test
    void theServiceServesTheRuleSetOfItsPolicyHome() {
        TestPolicies.copyOfFixtureWithoutExamples(home);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("clusterpolicy.home", home.toString(), "micronaut.server.port", -1))) {
            var serving = server.getApplicationContext().getBean(RuleSetHolder.class).serving();
            assertEquals(RuleSetHolder.Origin.HOME, serving.origin());
            assertEquals(TestPolicies.fixture().version(), serving.ruleSet().version());
        }
    }

    @Test
    void healthSaysStartingUntilTheWarmUpHasRunThenUp() throws Exception {
        TestPolicies.copy(TestPolicies.FIXTURE, home, "rules", "decision-tables", "examples");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("clusterpolicy.home", home.toString(), "micronaut.server.port", -1, "clusterpolicy.warm-up", "5s"))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).build();
            HttpResponse<String> starting = client.send(health, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, starting.statusCode());
            assertTrue(starting.body().contains("\"STARTING\""), starting.body());

            server.getApplicationContext().getBean(PolicyLifecycle.class).ready().get(60, TimeUnit.SECONDS);
            HttpResponse<String> up = client.send(health, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, up.statusCode());
            assertTrue(up.body().contains("\"UP\""), up.body());
        }
    }

    @Test
    void aBrokenWorkbookStopsStartUpNamingFileSheetAndCell() {
        TestPolicies.copyOfFixtureWithoutExamples(home);
        Workbooks.set(home.resolve("decision-tables/fixture-criteria.xlsx"), "Criteria", "H13", "someday");
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("clusterpolicy.home", home.toString(), "micronaut.server.port", -1)));
        PolicyLoadException problem = ru.clusterpolicy.Application.policyProblem(failure);
        assertTrue(problem.getMessage().contains("decision-tables/fixture-criteria.xlsx | Criteria | H13 | 'someday' is not a date"),
                problem.getMessage());
    }
}
