package ru.clusterpolicy.examples;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.cli.DecisionReport;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.evaluation.ExampleCheck;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ClusterProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every profile in examples/ is evaluated and compared with the expected decision beside it
 * (NAME.expected.json): verdicts, levels, types and scores, every criterion's status, and every
 * measure with its amount, rate and end date.
 */
class ExamplesTest {

    static Stream<Path> examples() {
        List<Path> examples = ExampleCheck.examples(TestPolicies.HOME.resolve("examples"));
        assertTrue(examples.size() >= 8, "at least 8 example profiles");
        return examples.stream();
    }

    /**
     * The Russian answer a reviewer reads (the command line's report) is the one reviewed in git:
     * examples/answers/NAME.ru.txt. After a deliberate change of texts, write them anew with
     * ./mvnw test -Dtest=ExamplesTest -Dgolden.update=true and review the diff.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleReadsAsItsReviewedRussianAnswer(Path example) throws IOException {
        String name = example.getFileName().toString().replaceAll("\\.json$", "");
        Path golden = example.resolveSibling("answers").resolve(name + ".ru.txt");
        Evaluator evaluator = TestPolicies.evaluator(TestPolicies.repository());
        byte[] json = Files.readAllBytes(example);
        ClusterProfile profile = evaluator.read(json);
        String answer = new DecisionReport(TestPolicies.repository().catalog(), profile, Language.RU)
                .render(example.getFileName().toString(), evaluator.evaluate(profile, null, false), false);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, answer);
        }
        assertTrue(Files.exists(golden), "no reviewed answer " + golden + ": write it with -Dgolden.update=true");
        assertEquals(Files.readString(golden), answer, "the Russian answer differs from " + golden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMatchesItsExpectedDecision(Path example) {
        ExampleCheck.Result result = ExampleCheck.check(TestPolicies.evaluator(TestPolicies.repository()), example);
        assertEquals(List.of(), result.differences(), example.getFileName().toString());
    }
}
