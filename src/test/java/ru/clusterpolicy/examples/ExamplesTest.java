package ru.clusterpolicy.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.evaluation.Decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every profile in examples/ is evaluated and compared with the expected decision beside it
 * (NAME.expected.json): each programme's verdict and every criterion's status.
 */
class ExamplesTest {

    static final Path EXAMPLES = TestPolicies.HOME.resolve("examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> profiles = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
            assertTrue(profiles.size() >= 8, "at least 8 example profiles");
            return profiles.stream();
        }
    }

    /** A measure entry as one comparable line: whom, status, and amount, rate and end date where given. */
    static String describe(JsonNode measure) {
        StringBuilder line = new StringBuilder(measure.get("measure").asText());
        for (String field : List.of("participantId", "projectId", "status", "until")) {
            if (measure.hasNonNull(field)) {
                line.append(' ').append(field).append('=').append(measure.get(field).asText());
            }
        }
        for (String number : List.of("amountRub", "ratePercent")) {
            if (measure.hasNonNull(number)) {
                line.append(' ').append(number).append('=').append(measure.get(number).decimalValue().stripTrailingZeros().toPlainString());
            }
        }
        return line.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMatchesItsExpectedDecision(Path example) throws IOException {
        Path expectedFile = example.resolveSibling(example.getFileName().toString().replace(".json", ".expected.json"));
        assertTrue(Files.exists(expectedFile), "every example has its expected decision: " + expectedFile.getFileName());
        JsonNode expected = Profiles.JSON.readTree(expectedFile.toFile());
        Decision decision = TestPolicies.evaluate((ObjectNode) Profiles.JSON.readTree(example.toFile()));

        List<String> differences = new ArrayList<>();
        expected.get("programmes").fields().forEachRemaining(programme -> {
            Decision.ProgrammeDecision actual = decision.programmes().stream()
                    .filter(p -> p.programme().equals(programme.getKey())).findFirst().orElse(null);
            if (actual == null) {
                differences.add(programme.getKey() + ": no decision");
                return;
            }
            JsonNode actualJson = Profiles.JSON.valueToTree(actual);
            for (String answer : List.of("verdict", "level", "type", "score")) {
                JsonNode want = programme.getValue().get(answer);
                JsonNode got = actualJson.get(answer);
                if (want != null && (got == null || !want.asText().equals(got.asText()))) {
                    differences.add(programme.getKey() + " " + answer + ": expected " + want + ", got " + got);
                }
            }
            Map<String, String> statuses = new LinkedHashMap<>();
            actual.findings().forEach(f -> statuses.put(f.criterion(), f.status()));
            Map<String, String> expectedStatuses = new LinkedHashMap<>();
            programme.getValue().get("criteria").fields().forEachRemaining(c -> expectedStatuses.put(c.getKey(), c.getValue().asText()));
            if (!expectedStatuses.equals(statuses)) {
                differences.add(programme.getKey() + " criteria: expected " + expectedStatuses + ", got " + statuses);
            }
            if (programme.getValue().has("measures")) {
                List<String> expectedMeasures = new ArrayList<>();
                programme.getValue().get("measures").forEach(m -> expectedMeasures.add(describe(m)));
                List<String> actualMeasures = actual.measures().stream()
                        .map(m -> describe(Profiles.JSON.valueToTree(m))).toList();
                if (!expectedMeasures.equals(actualMeasures)) {
                    differences.add(programme.getKey() + " measures:\n  expected " + expectedMeasures + "\n  got      " + actualMeasures);
                }
            }
        });
        assertEquals(List.of(), differences, example.getFileName().toString());
    }
}
