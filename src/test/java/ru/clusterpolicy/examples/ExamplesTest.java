package ru.clusterpolicy.examples;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.evaluation.ExampleCheck;

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleMatchesItsExpectedDecision(Path example) {
        ExampleCheck.Result result = ExampleCheck.check(TestPolicies.evaluator(TestPolicies.repository()), example);
        assertEquals(List.of(), result.differences(), example.getFileName().toString());
    }
}
