package ru.clusterpolicy.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.i18n.Dates;
import ru.clusterpolicy.rules.EditionCoverage;
import ru.clusterpolicy.rules.PolicyLoadException;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.Source;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Checks a policy home and prints every problem as file | sheet | cell | what is wrong | how to
 * fix, in Russian (or English); with --editions, the dates each criterion's rows cover.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a policy home (rules/ and decision-tables/); exit code 1 if anything is wrong.")
class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "HOME", description = "the policy home; default: the current folder")
    Path home;

    @Option(names = "--editions", description = "also list, per criterion, the dates its rows cover, the gaps and overlaps")
    boolean editions;

    @Mixin
    Words words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            RuleSet ruleSet = PolicyHomes.load(home);
            long rows = ruleSet.catalog().programmes().stream().mapToLong(p -> p.requirements().size() + p.bands().size()
                    + p.outcomes().values().stream().mapToLong(java.util.List::size).sum()).sum();
            out.println(words.say("validate.ok", "home", ruleSet.origin(), "version", ruleSet.version(),
                    "files", ruleSet.files().size(), "programmes", ruleSet.catalog().programmes().size(), "rows", rows));
            if (editions) {
                ruleSet.catalog().programmes().forEach(programme -> printEditions(programme, out));
            }
            return 0;
        } catch (PolicyLoadException e) {
            out.println(words.say("validate.header"));
            e.problems().forEach(problem -> out.println(problem.line(words.language())));
            out.println(words.say("validate.count", "count", e.problems().size()));
            return 1;
        }
    }

    /** The coverage of each criterion's editions: every span of dates with the rows in force on it. */
    private void printEditions(Programme programme, PrintWriter out) {
        out.println();
        out.println(words.say("editions.programme", "programme", programme.title().in(words.language())));
        out.println(words.say("editions.header"));
        for (EditionCoverage.Span span : EditionCoverage.of(programme).spans()) {
            String rows = span.gap() ? words.say("editions.gap")
                    : String.join(", ", span.rows().stream().map(Source::row).map(String::valueOf).toList());
            out.println(String.join(" | ", span.criterion(), Dates.day(span.from(), words.language()),
                    span.to() == null ? words.say("editions.open") : Dates.day(span.to(), words.language()),
                    span.overlap() ? words.say("editions.overlap", "rows", rows) : rows));
        }
    }
}
