package ru.clusterpolicy.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.clusterpolicy.Profiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy page and its data, on the fixture policy, behind the admin token. */
@MicronautTest
@Property(name = "clusterpolicy.home", value = "src/test/fixture-policy")
@Property(name = "clusterpolicy.watch", value = "false")
@Property(name = "clusterpolicy.admin-token", value = PolicyPageTest.TOKEN)
class PolicyPageTest {
    static final String TOKEN = "policy-page-token";
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept-Language", "ru");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutTheAdminTokenThePolicyDataIsRefusedInTheClientsLanguage() throws Exception {
        HttpResponse<String> refused = get("/api/v1/policy", "Bearer wrong");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, get("/api/v1/policy", null).statusCode());
    }

    @Test
    void theRuleSetItsLastReloadAndEveryCriterionWithItsEditionsAndCoverageAreShown() throws Exception {
        HttpResponse<String> answer = get("/api/v1/policy", "Bearer " + TOKEN);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode policy = Profiles.JSON.readTree(answer.body());
        assertEquals("HOME", policy.get("origin").asText());
        JsonNode criteria = policy.get("programmes").get(0);
        assertEquals("FIXTURE_CRITERIA", criteria.get("programme").asText());
        JsonNode minimum = criteria.get("criteria").get(0);
        assertEquals("FIX-INDUSTRIAL", minimum.get("criterion").asText());
        assertEquals("число промышленных участников", minimum.get("name").get("ru").asText());
        assertEquals(2, minimum.get("rows").size(), "the 2020 and the 2026 editions");
        assertEquals("2025-12-31", minimum.get("rows").get(0).get("to").asText());
        assertEquals("CONFIRMED", minimum.get("rows").get(0).get("verification").asText());
        assertEquals("Фикстура, п. 1", minimum.get("rows").get(0).get("legalRef").asText().replace('\u00a0', ' '));
        assertEquals(2, minimum.get("coverage").size(), "two spans, no gap");
        assertEquals(11, minimum.get("coverage").get(0).get("rows").get(0).asInt());
    }

    @Test
    void thePolicyPageIsServedWithItsScript() throws Exception {
        HttpResponse<String> page = get("/policy.html", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/assets/policy.js"), page.body());
        assertEquals(200, get("/assets/policy.js", null).statusCode());
    }
}
