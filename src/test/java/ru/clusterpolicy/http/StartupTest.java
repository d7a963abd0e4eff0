package ru.clusterpolicy.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.rules.PolicyLoadException;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.nio.file.Path;
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
