package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The examples of a policy home, each evaluated and compared with its expected decision
 * (NAME.expected.json beside NAME.json): every programme's verdict, level, type and score, every
 * criterion's status, and every measure with its amount, rate and end date.
 */
public final class ExampleCheck {

    /** One example's outcome: the differences found (none when it passes). */
    public record Result(Path example, List<String> differences) {
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    private ExampleCheck() {
    }

    /** The example profiles of a folder (NAME.json with NAME.expected.json beside it), in name order. */
    public static List<Path> examples(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Result check(Evaluator evaluator, Path example) {
        Path expectedFile = example.resolveSibling(example.getFileName().toString().replaceFirst("\\.json$", ".expected.json"));
        try {
            if (!Files.exists(expectedFile)) {
                return new Result(example, List.of("no expected decision " + expectedFile.getFileName()));
            }
            Decision decision = evaluator.evaluate(evaluator.read(Files.readAllBytes(example)), null, false);
            return new Result(example, differences(DecisionJson.MAPPER.readTree(expectedFile.toFile()), decision));
        } catch (IOException | RuntimeException e) {
            return new Result(example, List.of("cannot evaluate: " + e.getMessage()));
        }
    }

    static List<String> differences(JsonNode expected, Decision decision) {
        List<String> differences = new ArrayList<>();
        expected.get("programmes").fields().forEachRemaining(programme -> {
            Decision.ProgrammeDecision actual = decision.programmes().stream()
                    .filter(p -> p.programme().equals(programme.getKey())).findFirst().orElse(null);
            if (actual == null) {
                differences.add(programme.getKey() + ": no decision");
                return;
            }
            JsonNode got = DecisionJson.MAPPER.valueToTree(actual);
            for (String answer : List.of("verdict", "level", "type", "score")) {
                JsonNode want = programme.getValue().get(answer);
                if (want != null && (got.get(answer) == null || !want.asText().equals(got.get(answer).asText()))) {
                    differences.add(programme.getKey() + " " + answer + ": expected " + want.asText() + ", got " + got.get(answer));
                }
            }
            Map<String, String> statuses = new LinkedHashMap<>();
            actual.findings().forEach(f -> statuses.put(f.criterion(), f.status()));
            programme.getValue().path("criteria").fields().forEachRemaining(c -> {
                String status = statuses.remove(c.getKey());
                if (!c.getValue().asText().equals(status)) {
                    differences.add(programme.getKey() + " " + c.getKey() + ": expected " + c.getValue().asText() + ", got " + status);
                }
            });
            if (programme.getValue().has("criteria")) {
                statuses.forEach((criterion, status) -> differences.add(programme.getKey() + " " + criterion
                        + ": not expected, got " + status));
            }
            if (programme.getValue().has("measures")) {
                List<String> want = new ArrayList<>();
                programme.getValue().get("measures").forEach(m -> want.add(describe(m)));
                List<String> have = new ArrayList<>();
                got.path("measures").forEach(m -> have.add(describe(m)));
                for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
                    String w = i < want.size() ? want.get(i) : "(none)";
                    String h = i < have.size() ? have.get(i) : "(none)";
                    if (!w.equals(h)) {
                        differences.add(programme.getKey() + " measure " + (i + 1) + ": expected " + w + ", got " + h);
                    }
                }
            }
        });
        return differences;
    }

    /** A measure entry as one comparable line: whom, status, and amount, rate and end date where given. */
    static String describe(JsonNode measure) {
        StringBuilder line = new StringBuilder(measure.get("measure").asText());
        for (String field : List.of("participantId", "projectId", "status", "until", "firstYear")) {
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
}
