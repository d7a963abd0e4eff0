package ru.clusterpolicy.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.rules.PolicyLoadException;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.RuleSet;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Checks a policy home and prints every problem as file | sheet | cell | what is wrong | how to fix. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a policy home (rules/ and decision-tables/); exit code 1 if anything is wrong.")
class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "HOME", description = "the policy home; default: the current folder")
    Path home;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            RuleSet ruleSet = PolicyHomes.load(home);
            long rows = ruleSet.catalog().programmes().stream().mapToLong(p -> p.requirements().size() + p.bands().size()
                    + p.outcomes().values().stream().mapToLong(java.util.List::size).sum()).sum();
            out.printf("OK %s: rule set %s, %d files, %d programmes, %d table rows%n", ruleSet.origin(), ruleSet.version(),
                    ruleSet.files().size(), ruleSet.catalog().programmes().size(), rows);
            return 0;
        } catch (PolicyLoadException e) {
            out.println("file | sheet | cell | what is wrong | how to fix");
            e.problems().stream().map(PolicyProblem::line).forEach(out::println);
            out.printf("%d problem(s)%n", e.problems().size());
            return 1;
        }
    }
}
