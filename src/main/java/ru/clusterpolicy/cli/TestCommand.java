package ru.clusterpolicy.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.evaluation.ExampleCheck;
import ru.clusterpolicy.profile.ProfileReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Evaluates every example of a policy home against its expected decision and reports each case;
 * with --accept, an intended change is accepted in one step: the differences are shown, then the
 * expected decisions of the examples whose answer changed are written anew, for review in git.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Evaluate every example against its expected decision; exit code 1 on any difference.")
class TestCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "HOME", description = "the policy home; default: the current folder")
    Path home;

    @Option(names = "--examples", paramLabel = "DIR", description = "the examples; default: HOME/examples")
    Path examples;

    @Option(names = "--accept", description = "rewrite the expected decision of every example whose answer changed")
    boolean accept;

    @Mixin
    Words words;

    @Spec
    CommandSpec spec;

    private final ProfileReader reader;

    @Inject
    TestCommand(ProfileReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Evaluator evaluator = PolicyHomes.evaluator(home, reader, out, words).orElse(null);
        if (evaluator == null) {
            return 1;
        }
        List<Path> cases = ExampleCheck.examples(examples != null ? examples : PolicyHomes.examples(home));
        int failed = 0;
        int accepted = 0;
        for (Path example : cases) {
            ExampleCheck.Result result = ExampleCheck.check(evaluator, example);
            String file = example.getFileName().toString();
            out.println(words.say(result.passed() ? "test.pass" : "test.fail", "file", file));
            result.differences().forEach(d -> out.println("     " + d.in(words.language())));
            if (!result.passed() && accept && result.decision() != null) {
                Path expected = ExampleCheck.expectedFile(example);
                var previous = Files.exists(expected) ? DecisionJson.MAPPER.readTree(expected.toFile()) : null;
                Files.writeString(expected, DecisionJson.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(ExampleCheck.expected(previous, result.decision())) + "\n");
                out.println("     " + words.say("test.accepted", "file", expected.getFileName().toString()));
                accepted++;
                continue;
            }
            failed += result.passed() ? 0 : 1;
        }
        out.println(words.say("test.summary", "passed", cases.size() - failed - accepted, "failed", failed));
        if (accept) {
            out.println(words.say("test.acceptSummary", "count", accepted));
        }
        return failed == 0 ? 0 : 1;
    }
}
