package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The examples of a policy home, each evaluated and compared with its expected decision
 * (NAME.expected.json beside NAME.json): every programme's verdict, level, type and score, every
 * criterion's status, and every measure with its amount, rate and end date. An intended change is
 * accepted by writing the expected decision anew from the answer ({@link #expected}).
 */
public final class ExampleCheck {
    private static final Catalogue TEXTS = new Catalogue(ExampleCheck.class, "examples");
    private static final List<String> ANSWERS = List.of("verdict", "level", "type", "score");

    /** One example's outcome: the differences found (none when it passes), and the answer it got. */
    public record Result(Path example, List<Text> differences, Decision decision) {
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

    public static Path expectedFile(Path example) {
        return example.resolveSibling(example.getFileName().toString().replaceFirst("\\.json$", ".expected.json"));
    }

    public static Result check(Evaluator evaluator, Path example) {
        Path expectedFile = expectedFile(example);
        Decision decision;
        try {
            decision = evaluator.evaluate(evaluator.read(Files.readAllBytes(example)), null, false);
        } catch (IOException | RuntimeException e) {
            return new Result(example, List.of(say("example.cannotEvaluate", "detail", String.valueOf(e.getMessage()))), null);
        }
        if (!Files.exists(expectedFile)) {
            return new Result(example, List.of(say("example.noExpected", "file", expectedFile.getFileName().toString())), decision);
        }
        try {
            return new Result(example, differences(DecisionJson.MAPPER.readTree(expectedFile.toFile()), decision), decision);
        } catch (IOException e) {
            return new Result(example, List.of(say("example.cannotEvaluate", "detail", String.valueOf(e.getMessage()))), decision);
        }
    }

    static List<Text> differences(JsonNode expected, Decision decision) {
        List<Text> differences = new ArrayList<>();
        expected.get("programmes").fields().forEachRemaining(programme -> {
            String id = programme.getKey();
            Decision.ProgrammeDecision actual = decision.programmes().stream()
                    .filter(p -> p.programme().equals(id)).findFirst().orElse(null);
            if (actual == null) {
                differences.add(say("example.noDecision", "programme", id));
                return;
            }
            JsonNode got = DecisionJson.MAPPER.valueToTree(actual);
            for (String answer : ANSWERS) {
                JsonNode want = programme.getValue().get(answer);
                if (want != null && (got.get(answer) == null || !same(want, got.get(answer)))) {
                    differences.add(say("example.answer", "programme", id, "what", answer, "expected", want.asText(),
                            "got", String.valueOf(got.get(answer) == null ? null : got.get(answer).asText())));
                }
            }
            Map<String, String> statuses = new LinkedHashMap<>();
            actual.findings().forEach(f -> statuses.put(f.criterion(), f.status()));
            programme.getValue().path("criteria").fields().forEachRemaining(c -> {
                String status = statuses.remove(c.getKey());
                if (!c.getValue().asText().equals(status)) {
                    differences.add(say("example.criterion", "programme", id, "criterion", c.getKey(),
                            "expected", c.getValue().asText(), "got", String.valueOf(status)));
                }
            });
            if (programme.getValue().has("criteria")) {
                statuses.forEach((criterion, status) -> differences.add(say("example.unexpected", "programme", id,
                        "criterion", criterion, "got", status)));
            }
            if (programme.getValue().has("measures")) {
                List<String> want = new ArrayList<>();
                programme.getValue().get("measures").forEach(m -> want.add(describe(m)));
                List<String> have = new ArrayList<>();
                got.path("measures").forEach(m -> have.add(describe(m)));
                for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
                    String w = i < want.size() ? want.get(i) : "—";
                    String h = i < have.size() ? have.get(i) : "—";
                    if (!w.equals(h)) {
                        differences.add(say("example.measure", "programme", id, "index", i + 1, "expected", w, "got", h));
                    }
                }
            }
        });
        return differences;
    }

    /**
     * The expected decision an example's answer gives, for accepting an intended change: its
     * description kept, and for every programme the answer, every criterion's status and, for a
     * programme of measures, every measure.
     */
    public static ObjectNode expected(JsonNode previous, Decision decision) {
        ObjectNode expected = JsonNodeFactory.instance.objectNode();
        if (previous != null && previous.has("description")) {
            expected.set("description", previous.get("description"));
        }
        ObjectNode programmes = expected.putObject("programmes");
        for (Decision.ProgrammeDecision programme : decision.programmes()) {
            ObjectNode entry = programmes.putObject(programme.programme());
            JsonNode got = DecisionJson.MAPPER.valueToTree(programme);
            for (String answer : ANSWERS) {
                if (got.hasNonNull(answer)) {
                    entry.set(answer, got.get(answer));
                }
            }
            ObjectNode criteria = entry.putObject("criteria");
            programme.findings().forEach(f -> criteria.put(f.criterion(), f.status()));
            if (programme.measures() != null) {
                ArrayNode measures = entry.putArray("measures");
                for (JsonNode measure : got.path("measures")) {
                    ObjectNode m = measures.addObject();
                    for (String field : List.of("measure", "participantId", "projectId", "status", "amountRub", "ratePercent",
                            "until", "firstYear")) {
                        if (measure.hasNonNull(field)) {
                            m.set(field, measure.get(field));
                        }
                    }
                }
            }
        }
        return expected;
    }

    /** Numbers by value (10 and 1E+1 are one score), anything else by its text. */
    private static boolean same(JsonNode want, JsonNode got) {
        return want.isNumber() && got.isNumber() ? want.decimalValue().compareTo(got.decimalValue()) == 0
                : want.asText().equals(got.asText());
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

    private static Text say(String key, Object... arguments) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            values.put((String) arguments[i], arguments[i + 1]);
        }
        return Text.of(language -> TEXTS.format(language, key, values));
    }
}
