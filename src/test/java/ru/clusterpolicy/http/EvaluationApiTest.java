package ru.clusterpolicy.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP contract, against the real server on a random port. */
@MicronautTest
class EvaluationApiTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    record Answer(int status, String contentType, JsonNode body) {
        JsonNode error(int i) {
            return body.get("errors").get(i);
        }
    }

    Answer post(String path, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return answer(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    Answer post(String body) throws IOException, InterruptedException {
        return post("/api/v1/evaluations", body, "application/json");
    }

    Answer get(String path) throws IOException, InterruptedException {
        return answer(CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    static Answer answer(HttpResponse<String> response) throws IOException {
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode body = type.contains("json") ? Profiles.JSON.readTree(response.body()) : null;
        return new Answer(response.statusCode(), type, body);
    }

    /** An example's expected decision, as `test --accept` maintains it. */
    static JsonNode expected(String example) throws IOException {
        return Profiles.JSON.readTree(TestPolicies.HOME.resolve("examples/" + example + ".expected.json").toFile()).get("programmes");
    }

    @Test
    void anExampleProfileGetsItsExpectedDecisionEveryFindingExplained() throws Exception {
        Answer answer = post(Files.readString(TestPolicies.HOME.resolve("examples/small-cluster-fails-composition.json")));
        assertEquals(200, answer.status());
        JsonNode decree = answer.body().get("programmes").get(0);
        JsonNode want = expected("small-cluster-fails-composition").get("DECREE_779");
        assertEquals("DECREE_779", decree.get("programme").asText());
        assertEquals(want.get("verdict").asText(), decree.get("verdict").asText());
        for (JsonNode finding : decree.get("findings")) {
            String criterion = finding.get("criterion").asText();
            assertEquals(want.get("criteria").get(criterion).asText(), finding.get("status").asText(), criterion);
            assertFalse(finding.get("name").get("ru").asText().isBlank(), criterion + " is named for people");
            assertFalse(finding.get("text").get("ru").asText().isBlank() || finding.get("text").get("en").asText().isBlank());
            assertTrue(List.of("CONFIRMED", "PARTIAL", "UNCONFIRMED").contains(finding.get("verification").asText()));
            assertFalse(finding.get("legalRef").asText().contains("№ "), "«№» keeps its number on the line");
            assertTrue(finding.get("source").get("row").isInt() && !finding.get("source").get("sheet").asText().isBlank());
            if (finding.get("status").asText().equals("NOT_MET") && finding.has("observed")) {
                assertTrue(finding.get("gap").get("ru").asText().length() > 0, criterion + " says what is missing");
                assertTrue(finding.get("required").asText().matches("(>=|>|<=|<|=|<>) .+"), finding.toString());
            }
        }
        assertEquals(TestPolicies.repository().version(), answer.body().get("ruleSet").get("version").asText());
        assertEquals("2025-06-01", answer.body().get("asOf").asText());
        assertFalse(answer.body().has("trace"), "no trace unless asked");
    }

    @Test
    void traceTrueListsTheFiredRulesWithTheirSources() throws Exception {
        Answer answer = post("/api/v1/evaluations?trace=true",
                Profiles.eligible("2025-06-01").toString(), "application/json");
        assertEquals(200, answer.status());
        assertTrue(answer.body().get("trace").size() > 12);
    }

    @Test
    void withoutAsOfTheRulesApplyAsOfToday() throws Exception {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        profile.remove("asOf");
        Answer answer = post(profile.toString());
        assertEquals(java.time.LocalDate.now().toString(), answer.body().get("asOf").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\"} | '' | ends too early",
            "unknown field | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"kidn\": \"INDUSTRIAL\"}]} | /participants/0/kidn | unknown field 'kidn'",
            "wrong type | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"employees\": \"many\"}]} | /participants/0/employees | expected a whole number",
            "number as string | {\"cluster\": {\"name\": 5}, \"participants\": [{\"id\": \"a\"}]} | /cluster/name | expected a string",
            "unknown enum | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"kind\": \"FACTORY\"}]} | /participants/0/kind | unknown value 'FACTORY'",
            "unknown region | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"region\": \"RU-XX\"}]} | /participants/0/region | unknown region code RU-XX",
            "duplicate id | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\"}, {\"id\": \"a\"}]} | /participants/1/id | duplicate participant id 'a'",
            "unknown contract end | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\"}], \"contracts\": [{\"from\": \"a\", \"to\": \"b\", \"type\": \"SUPPLY\"}]} | /contracts/0/to | no participant has id 'b'",
            "unknown supplier | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"startBatchPurchases\": [{\"supplierId\": \"z\", \"costRub\": 1}]}]} | /participants/0/startBatchPurchases/0/supplierId | no participant has id 'z'",
            "unknown project participant | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\"}], \"projects\": [{\"id\": \"j\", \"participantIds\": [\"a\", \"q\"]}]} | /projects/0/participantIds/1 | no participant has id 'q'",
            "negative amount | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"inputsRub\": -5}]} | /participants/0/inputsRub | -5 is outside 0 to 1,000,000,000,000,000",
            "share above 1 | {\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\"}], \"specializedOrganization\": {\"nonBudgetShare\": 1.5}} | /specializedOrganization/nonBudgetShare | 1.5 is outside 0 to 1",
            "no participants | {\"cluster\": {\"name\": \"x\"}, \"participants\": []} | /participants | must not be empty",
            "no cluster name | {\"cluster\": {}, \"participants\": [{\"id\": \"a\"}]} | /cluster/name | required",
            "bad date | {\"asOf\": \"2025-13-01\", \"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\"}]} | /asOf | not a date",
            "duplicate key | {\"cluster\": {\"name\": \"x\"}, \"cluster\": {\"name\": \"y\"}, \"participants\": [{\"id\": \"a\"}]} | '' | the field 'cluster' appears twice",
            "not an object | [] | '' | not a JSON object"})
    void badInputIsA400ProblemNamingThePointer(String name, String body, String pointer, String says) throws Exception {
        Answer answer = post(body);
        assertEquals(400, answer.status(), name);
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(400, answer.body().get("status").asInt());
        assertFalse(answer.body().get("title").asText().isBlank());
        assertEquals(pointer, answer.error(0).get("pointer").asText(), name);
        assertTrue(answer.error(0).get("message").asText().contains(says), answer.body().toString());
    }

    @Test
    void everyViolationIsListedNotJustTheFirst() throws Exception {
        Answer answer = post("{\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"inputsRub\": -1},"
                + " {\"id\": \"a\", \"importedInputsRub\": -2}]}");
        assertEquals(400, answer.status());
        assertEquals(3, answer.body().get("errors").size(), answer.body().toString());
    }

    @Test
    void aBatchStreamsOneDecisionPerLineInInputOrderAndAnInvalidLineGetsItsErrorLine() throws Exception {
        String good = Profiles.eligible("2025-06-01").toString();
        String small = Files.readString(TestPolicies.HOME.resolve("examples/small-cluster-fails-composition.json")).replace("\n", " ");
        String body = good + "\n" + "{\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"kind\": \"FACTORY\"}]}\n"
                + "\n" + small + "\n";
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/evaluations/batch"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        String[] lines = response.body().split("\n");
        assertEquals(3, lines.length, "one answer per non-blank line");
        assertEquals("ELIGIBLE", Profiles.JSON.readTree(lines[0]).get("programmes").get(0).get("verdict").asText());
        JsonNode error = Profiles.JSON.readTree(lines[1]);
        assertEquals(2, error.get("line").asInt());
        assertEquals("/participants/0/kind", error.get("errors").get(0).get("pointer").asText());
        assertEquals("NOT_ELIGIBLE", Profiles.JSON.readTree(lines[2]).get("programmes").get(0).get("verdict").asText());
    }

    @Test
    void anInvalidTraceValueIsA400() throws Exception {
        Answer answer = post("/api/v1/evaluations?trace=maybe", Profiles.eligible("2025-06-01").toString(), "application/json");
        assertEquals(400, answer.status());
        assertTrue(answer.error(0).get("message").asText().contains("trace"));
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        // Only the headers are sent: the server must refuse on the announced length alone, and a
        // client still writing a body it has closed on would make the test depend on timing.
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 17 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String head = new String(socket.getInputStream().readNBytes(512), StandardCharsets.UTF_8);
            assertTrue(head.startsWith("HTTP/1.1 413"), head);
            assertTrue(head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), head);
        }
    }

    @Test
    void wrongMediaTypeUnknownPathAndWrongMethodAreProblemsToo() throws Exception {
        assertEquals(415, post("/api/v1/evaluations", "{}", "text/plain").status());
        Answer notFound = get("/api/v1/nothing");
        assertEquals(404, notFound.status());
        assertEquals("application/problem+json", notFound.contentType());
        assertEquals(405, get("/api/v1/evaluations").status());
    }

    @Test
    void ruleSetEndpointListsVersionFilesAndEveryCriterionRow() throws Exception {
        Answer answer = get("/api/v1/ruleset");
        assertEquals(200, answer.status());
        var ruleSet = TestPolicies.repository();
        assertEquals(ruleSet.version(), answer.body().get("version").asText());
        assertEquals(ruleSet.files().size(), answer.body().get("files").size());
        assertEquals(ruleSet.catalog().programmes().stream().mapToInt(p -> p.requirements().size()).sum(),
                answer.body().get("criteria").size(), "every criterion row");
        JsonNode first = answer.body().get("criteria").get(0);
        for (String field : List.of("id", "programme", "legalRef", "verification", "from", "source")) {
            assertTrue(first.hasNonNull(field), field + " in " + first);
        }
        assertEquals(ruleSet.catalog().programmes().stream().mapToInt(p -> p.measures().size()).sum(),
                answer.body().get("measures").size());
        JsonNode parameter = answer.body().get("parameters").get(0);
        assertTrue(parameter.hasNonNull("value") && "Parameters".equals(parameter.get("source").get("sheet").asText()), parameter.toString());
    }

    @Test
    void theRegimeAnswerCarriesTheGateAndEveryMeasureAsTheExampleExpects() throws Exception {
        Answer answer = post(Files.readString(TestPolicies.HOME.resolve("examples/pr-start-batch-purchases-outside-cluster.json")));
        assertEquals(200, answer.status());
        JsonNode regime = answer.body().get("programmes").get(1);
        JsonNode want = expected("pr-start-batch-purchases-outside-cluster").get("PREFERENTIAL_REGIME_2023");
        assertEquals("PREFERENTIAL_REGIME_2023", regime.get("programme").asText());
        assertEquals(want.get("verdict").asText(), regime.get("verdict").asText());
        assertEquals(want.get("measures").size(), regime.get("measures").size());
        for (int i = 0; i < regime.get("measures").size(); i++) {
            JsonNode measure = regime.get("measures").get(i);
            JsonNode expected = want.get("measures").get(i);
            assertEquals(expected.get("measure").asText(), measure.get("measure").asText());
            assertEquals(expected.get("status").asText(), measure.get("status").asText(), measure.toString());
            if (expected.has("amountRub")) {
                assertTrue(measure.get("amountRub").isNumber(), "amounts are JSON numbers");
                assertEquals(0, expected.get("amountRub").decimalValue().compareTo(measure.get("amountRub").decimalValue()));
                assertFalse(measure.get("formula").get("ru").asText().isBlank(), "the formula is said in Russian");
                assertFalse(measure.get("formula").get("en").asText().isBlank(), "and in English");
            }
        }
    }

    @Test
    void theDefaultAnswerGivesARepeatedMeasureReasonOnceAndDetailFullKeepsEveryLineWithItsOwn() throws Exception {
        String body = Files.readString(TestPolicies.HOME.resolve("examples/pr-start-batch-purchases-outside-cluster.json"));
        JsonNode grouped = post(body).body().get("programmes").get(1);
        Answer fullAnswer = post("/api/v1/evaluations?detail=full", body, "application/json");
        assertEquals(200, fullAnswer.status());
        JsonNode full = fullAnswer.body().get("programmes").get(1);
        assertFalse(full.has("measureReasons"), "the full answer has no reasons apart");
        assertTrue(grouped.get("measureReasons").size() < grouped.get("measures").size(), "some reason is shared");
        java.util.Map<String, JsonNode> reasons = new java.util.HashMap<>();
        grouped.get("measureReasons").forEach(reason -> reasons.put(reason.get("reason").asText(), reason));
        assertEquals(full.get("measures").size(), grouped.get("measures").size(), "a line per measure and subject still");
        for (int i = 0; i < full.get("measures").size(); i++) {
            JsonNode line = grouped.get("measures").get(i);
            JsonNode own = full.get("measures").get(i);
            JsonNode reason = reasons.get(line.get("reason").asText());
            assertEquals(own.get("status"), line.get("status"));
            assertEquals(own.get("findings"), reason.get("findings"), "the reason is the line's own, word for word");
            assertEquals(own.get("text"), reason.get("text"));
            assertEquals(0, line.get("findings").size(), "and is not repeated on the line");
            if (own.has("participantId")) {
                assertTrue(reason.get("participantIds").toString().contains("\"" + own.get("participantId").asText() + "\""),
                        "the reason lists whom it applies to");
            }
        }
        assertEquals(400, post("/api/v1/evaluations?detail=everything", body, "application/json").status());
    }

    @Test
    void healthAnswersWithTheServingVersionOnceWarm() throws Exception {
        server.getApplicationContext().getBean(ru.clusterpolicy.evaluation.PolicyLifecycle.class).ready().get(60, java.util.concurrent.TimeUnit.SECONDS);
        Answer answer = get("/health");
        assertEquals(200, answer.status());
        assertEquals("UP", answer.body().get("status").asText());
        assertEquals(TestPolicies.repository().version(), answer.body().get("ruleSetVersion").asText());
    }

    @Test
    void operatorsScrapeEvaluationTimesPerProgrammeRequestLatencyAndRuleSetCache() throws Exception {
        post(Files.readString(TestPolicies.HOME.resolve("examples/cooperation-gaps.json")));
        HttpResponse<String> scrape = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, scrape.statusCode());
        String figures = scrape.body();
        for (var programme : TestPolicies.repository().catalog().programmes()) {
            assertTrue(figures.contains("clusterpolicy_evaluation_explanation_seconds_count{programme=\"" + programme.id() + "\"}"),
                    programme.id());
        }
        assertTrue(figures.contains("clusterpolicy_evaluation_rules_seconds_count"), figures);
        assertTrue(figures.contains("http_server_requests_seconds_count{exception=\"none\",method=\"POST\",status=\"200\",uri=\"/api/v1/evaluations\"}"),
                figures);
        assertTrue(figures.contains("clusterpolicy_ruleset_cache_total{result=\"hit\"}"), figures);
    }

    @Test
    void theOpenApiDocumentIsServedByTheService() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/openapi/clusterpolicy-v1.yml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/evaluations") && response.body().contains("ClusterProfile"));
        for (String path : new String[]{"/api/v1/evaluations/{id}/replay:", "/api/v1/evaluations/{id}/recheck:",
                "/api/v1/evaluations/{id}/receipt:", "/api/v1/rulesets/{from}/diff/{to}:", "/api/v1/rulesets/{version}/files/{folder}/{name}:"}) {
            assertTrue(response.body().contains(path), path);
        }
    }

    private JsonNode programme(String example, String id) throws Exception {
        for (JsonNode programme : post(Files.readString(TestPolicies.HOME.resolve("examples/" + example + ".json"))).body()
                .get("programmes")) {
            if (programme.get("programme").asText().equals(id)) {
                return programme;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void theTodoListAsksForEveryUnmetBindingRequirementWithItsGapBeforeAnythingAdvisory() throws Exception {
        for (String example : new String[]{"small-cluster-fails-composition", "cooperation-gaps"}) {
            JsonNode decree = programme(example, TestPolicies.repository().catalog().programmes().get(0).id());
            java.util.List<String> kinds = new java.util.ArrayList<>();
            decree.get("todo").forEach(item -> kinds.add(item.get("kind").asText()));
            for (JsonNode finding : decree.get("findings")) {
                if (finding.get("status").asText().equals("NOT_MET") && finding.get("binding").asBoolean()) {
                    JsonNode item = null;
                    for (JsonNode candidate : decree.get("todo")) {
                        if (finding.get("criterion").equals(candidate.get("criterion"))) {
                            item = candidate;
                        }
                    }
                    assertTrue(item != null, example + ": " + finding.get("criterion"));
                    assertEquals("ACTION", item.get("kind").asText());
                    assertEquals(finding.has("gap") ? finding.get("gap") : finding.get("text"), item.get("text"));
                }
            }
            assertTrue(kinds.contains("ACTION"), example);
            int lastAction = kinds.lastIndexOf("ACTION");
            int firstAdvisory = kinds.indexOf("ADVISORY");
            assertTrue(firstAdvisory < 0 || lastAction < firstAdvisory, "binding first: " + kinds);
        }
    }

    @Test
    void aMeasureClosedForManyIsOneItemWithHowManyItWouldOpenFor() throws Exception {
        JsonNode regime = programme("cluster-with-participants-not-yet-producing", TestPolicies.repository().catalog().programmes()
                .get(1).id());
        int closed = 0;
        for (JsonNode line : regime.get("measures")) {
            closed += line.get("status").asText().equals("NOT_AVAILABLE") && line.has("participantId") ? 1 : 0;
        }
        int counted = 0;
        for (JsonNode item : regime.get("todo")) {
            if (item.get("kind").asText().equals("MEASURE")) {
                counted += item.get("subjects").asInt();
                assertTrue(item.has("measure") && item.has("name") && item.has("text"), item.toString());
            }
        }
        assertTrue(closed > 1 && counted == closed, closed + " closed lines, " + counted + " in the list");
    }

    @Test
    void missingInputsAreItemsToFillInByTheirLabelsNeverByPointer() throws Exception {
        JsonNode decree = programme("cluster-with-missing-data", TestPolicies.repository().catalog().programmes().get(0).id());
        int inputs = 0;
        for (JsonNode item : decree.get("todo")) {
            if (item.get("kind").asText().equals("INPUT")) {
                inputs++;
                assertTrue(item.get("field").asText().startsWith("/"), "the page's link to the field");
                for (String language : new String[]{"ru", "en"}) {
                    String text = item.get("text").get(language).asText();
                    assertFalse(text.contains("/participants") || text.contains("/specializedOrganization") || text.contains("undefined"),
                            text);
                }
            }
        }
        assertTrue(inputs > 0);
        // maturity with data missing: its path to a level is the list's steps, in words
        for (JsonNode programme : post(Files.readString(TestPolicies.HOME.resolve("examples/cluster-with-missing-data.json")))
                .body().get("programmes")) {
            if (programme.has("nextLevel") && programme.get("nextLevel").has("missing")) {
                int steps = 0;
                for (JsonNode item : programme.get("todo")) {
                    steps += item.get("kind").asText().equals("STEP") ? 1 : 0;
                }
                assertTrue(steps > 0 || programme.get("todo").toString().contains("INPUT"), programme.get("programme").asText());
            }
        }
    }

    @Test
    void theSwaggerUiIsServedWithItsOwnScriptsOverTheDocument() throws Exception {
        HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/swagger-ui/index.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/openapi/clusterpolicy-v1.yml") && page.body().contains("swagger-ui/res/swagger-ui-bundle.js"));
        assertFalse(page.body().contains("https://"), "no script from a CDN");
        HttpResponse<String> script = CLIENT.send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/swagger-ui/res/swagger-ui-bundle.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
    }

    @Test
    void aFindingSaysItsValueAndRequirementForPeopleToo() throws Exception {
        Answer answer = post(Files.readString(TestPolicies.HOME.resolve("examples/cooperation-gaps.json")));
        JsonNode dependency = null;
        for (JsonNode finding : answer.body().get("programmes").get(0).get("findings")) {
            if (finding.get("criterion").asText().equals("D779-FUNCTIONAL-DEPENDENCY")) {
                dependency = finding;
            }
        }
        // the API's units stay fractions; the display says percent, in both languages
        java.math.BigDecimal threshold = new java.math.BigDecimal(dependency.get("required").asText().substring(3));
        assertTrue(threshold.compareTo(java.math.BigDecimal.ONE) < 0, "a fraction: " + dependency.get("required"));
        String percent = threshold.movePointRight(2).stripTrailingZeros().toPlainString();
        assertEquals("at least " + percent + "%", dependency.get("requiredDisplay").get("en").asText());
        assertEquals("не менее " + percent + "\u00a0%", dependency.get("requiredDisplay").get("ru").asText());
        assertTrue(dependency.get("observedDisplay").get("ru").asText().endsWith("\u00a0%"), dependency.toString());
    }

    @Test
    void theTypologyListsTheParticipantsRegionsWithTheirDistricts() throws Exception {
        String profile = Files.readString(TestPolicies.HOME.resolve("examples/kama-innovative-cluster.json"));
        long inTatarstan = 0;
        for (JsonNode participant : Profiles.JSON.readTree(profile).get("participants")) {
            inTatarstan += "RU-TA".equals(participant.path("region").asText()) ? 1 : 0;
        }
        JsonNode typology = null;
        for (JsonNode programme : post(profile).body().get("programmes")) {
            if (programme.get("programme").asText().equals("TYPOLOGY")) {
                typology = programme;
            }
        }
        JsonNode first = typology.get("regions").get(0);
        assertEquals("RU-TA", first.get("region").asText());
        assertEquals(inTatarstan, first.get("participants").asLong());
        assertEquals("VOLGA", first.get("federalDistrict").asText());
        assertTrue(first.get("name").get("ru").asText().contains("Татарстан"));
        assertTrue(first.get("federalDistrictName").get("en").asText().contains("Volga"));
    }

    @Test
    void theReferenceRegionsAreListedForPickers() throws Exception {
        Answer answer = get("/api/v1/ruleset/regions");
        assertEquals(200, answer.status());
        assertEquals(TestPolicies.repository().catalog().reference().regions().size(), answer.body().size());
        JsonNode tatarstan = null;
        for (JsonNode region : answer.body()) {
            if (region.get("code").asText().equals("RU-TA")) {
                tatarstan = region;
            }
        }
        assertEquals("Republic of Tatarstan", tatarstan.get("name").get("en").asText());
    }

    @Test
    void thePagesAreServedWithEveryAssetFromTheServiceItself() throws Exception {
        HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        java.util.regex.Matcher assets = java.util.regex.Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(page.body());
        int count = 0;
        while (assets.find()) {
            HttpResponse<String> asset = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + assets.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, asset.statusCode(), assets.group(1));
            // no script, style or font comes from elsewhere: the machine a reviewer uses may be offline
            assertFalse(asset.body().matches("(?s).*(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/.*"), assets.group(1) + " reaches out");
            count++;
        }
        assertEquals(6, count, "the stylesheet and the five scripts");
        assertFalse(page.body().matches("(?s).*(?:src|href)=\"(?:https?:)?//.*"), "the page reaches out");
    }
}
