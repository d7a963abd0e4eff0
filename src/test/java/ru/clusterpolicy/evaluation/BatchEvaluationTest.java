package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.i18n.Language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch answers every non-blank line, whatever happens to the others, and loses none. */
class BatchEvaluationTest {

    @TempDir
    static Path home;

    static Evaluator evaluator;

    /** More threads than the machine may have, so that lines finish out of order. */
    static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    static BatchEvaluation batch(int maxLineBytes, Language language, boolean fullDetail) {
        return new BatchEvaluation(evaluator, maxLineBytes, language, fullDetail, POOL, 8);
    }

    /** The fixture's rule set plus a rule that throws for the cluster named "boom". */
    @BeforeAll
    static void ruleSetWithAFailingRule() throws IOException {
        TestPolicies.copyOfFixtureWithoutExamples(home);
        Files.writeString(home.resolve("rules/zz-test-failure.drl"), """
                package ru.clusterpolicy.policy.testfailure;
                import ru.clusterpolicy.rules.facts.*;
                rule "fails for one cluster"
                when
                    Cluster( name == "boom" )
                then
                    throw new IllegalStateException( "a rule failed" );
                end
                """);
        evaluator = TestPolicies.evaluator(TestPolicies.load(home));
    }

    static List<JsonNode> run(String input, int maxLineBytes) throws IOException {
        StringWriter out = new StringWriter();
        batch(maxLineBytes, Language.EN, false).run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, bytes -> { });
        List<JsonNode> answers = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            answers.add(Profiles.JSON.readTree(line));
        }
        return answers;
    }

    @Test
    void aLineWhoseEvaluationThrowsGetsItsOwnErrorLineAndEveryOtherLineIsAnswered() throws IOException {
        String good = Profiles.eligible("2025-06-01").toString();
        var failing = Profiles.eligible("2025-06-01");
        failing.putObject("cluster").put("name", "boom");
        String boom = failing.toString();
        List<JsonNode> answers = run(String.join("\n", good, boom, good, "", good, boom, good), 1 << 20);
        assertEquals(6, answers.size(), "one answer per non-blank line");
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            if (i == 1 || i == 4) {
                assertEquals(500, answer.get("status").asInt(), answer.toString());
                assertEquals("batch.failed", answer.get("code").asText());
                assertEquals(i < 3 ? 2 : 6, answer.get("line").asInt(), "the input's line number, blank lines counted");
            } else {
                assertEquals("ELIGIBLE", answer.get("programmes").get(0).get("verdict").asText(), answer.toString());
            }
        }
    }

    @Test
    void answersEvaluatedOnThePoolComeOutInInputOrder() throws IOException {
        // profiles of different sizes take different times: a later, smaller one often finishes first
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            var profile = Profiles.eligible("2025-06-01");
            ((com.fasterxml.jackson.databind.node.ObjectNode) profile.get("cluster")).put("name", "cluster " + i);
            var participants = (com.fasterxml.jackson.databind.node.ArrayNode) profile.get("participants");
            for (int extra = 0; extra < (i % 7) * 5; extra++) {
                participants.add(((com.fasterxml.jackson.databind.node.ObjectNode) participants.get(0).deepCopy()).put("id", "extra" + extra));
            }
            lines.add(Profiles.relinkContracts(profile).toString());
        }
        List<JsonNode> answers = run(String.join("\n", lines), 1 << 20);
        assertEquals(lines.size(), answers.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(ProfileHash.of(lines.get(i).getBytes(StandardCharsets.UTF_8)), answers.get(i).get("inputSha256").asText(),
                    "answer " + (i + 1) + " is the answer to line " + (i + 1));
        }
    }

    @Test
    void aLineOverTheLimitIsAnsweredAsTooLongWithoutBeingKeptAndTheBatchGoesOn() throws IOException {
        String good = Profiles.eligible("2025-06-01").toString();
        String huge = "{\"cluster\": {\"name\": \"" + "x".repeat(200_000) + "\"}}";
        List<JsonNode> answers = run(good + "\n" + huge + "\n" + good + "\n", 100_000);
        assertEquals(3, answers.size());
        assertEquals(413, answers.get(1).get("status").asInt());
        assertEquals(2, answers.get(1).get("line").asInt());
        assertEquals("ELIGIBLE", answers.get(2).get("programmes").get(0).get("verdict").asText());
    }

    @Test
    void anInputThatBreaksOffIsSaidInALastLine() throws IOException {
        String good = Profiles.eligible("2025-06-01").toString() + "\n";
        InputStream breaking = new InputStream() {
            private final InputStream first = new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                int b = first.read();
                if (b < 0) {
                    throw new IOException("connection reset");
                }
                return b;
            }
        };
        StringWriter out = new StringWriter();
        batch(1 << 20, Language.RU, false).run(breaking, out, bytes -> { });
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        JsonNode last = Profiles.JSON.readTree(lines[1]);
        assertEquals("batch.inputBroken", last.get("code").asText());
        assertTrue(last.get("detail").asText().contains("после строки 1"), last.toString());
    }
}
