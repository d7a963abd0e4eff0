package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.Impact;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.rules.PolicySource;
import ru.clusterpolicy.rules.RuleSetDiff;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Commands about rule sets as files: {@code ruleset diff HOME_A HOME_B}. */
@Command(name = "ruleset", mixinStandardHelpOptions = true, description = "Compare policy homes as files.",
        subcommands = RulesetCommand.Diff.class)
class RulesetCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Every changed cell of the workbooks (by the sheets' labels) and every changed line of the DRL. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "List what differs between two policy homes, cell by cell; exit code 1 when they differ.")
    static class Diff implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "HOME_A", description = "the baseline policy home")
        Path baseline;

        @Parameters(index = "1", paramLabel = "HOME_B", description = "the candidate policy home")
        Path candidate;

        @Mixin
        Words words;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<RuleSetDiff.Change> changes = RuleSetDiff.between(PolicySource.directory(baseline),
                    PolicySource.directory(candidate));
            if (changes.isEmpty()) {
                out.println(words.say("diff.same"));
                return 0;
            }
            Impact describer = new Impact(changes, words.language());
            changes.forEach(change -> out.println(describer.describe(change)));
            out.println(words.say("diff.count", "count", changes.size()));
            return 1;
        }
    }
}
