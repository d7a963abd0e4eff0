package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.ExampleCheck;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import ru.clusterpolicy.profile.ProfileReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.Evaluator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Evaluates every example of a policy home against its expected decision and reports each case. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Evaluate every example against its expected decision; exit code 1 on any difference.")
class TestCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "HOME", description = "the policy home; default: the current folder")
    Path home;

    @Option(names = "--examples", paramLabel = "DIR", description = "the examples; default: HOME/examples")
    Path examples;

    @Spec
    CommandSpec spec;

    private final ProfileReader reader;

    @Inject
    TestCommand(ProfileReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Evaluator evaluator = PolicyHomes.evaluator(home, reader, out).orElse(null);
        if (evaluator == null) {
            return 1;
        }
        List<Path> cases = ExampleCheck.examples(examples != null ? examples : PolicyHomes.examples(home));
        int failed = 0;
        for (Path example : cases) {
            ExampleCheck.Result result = ExampleCheck.check(evaluator, example);
            out.println((result.passed() ? "PASS " : "FAIL ") + example.getFileName());
            result.differences().forEach(d -> out.println("     " + d));
            failed += result.passed() ? 0 : 1;
        }
        out.printf("examples: %d passed, %d failed%n", cases.size() - failed, failed);
        return failed == 0 ? 0 : 1;
    }
}
