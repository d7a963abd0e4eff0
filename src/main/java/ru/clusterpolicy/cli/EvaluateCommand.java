package ru.clusterpolicy.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.evaluation.ProfileHash;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.profile.ProfileRejectedException;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Evaluates one profile and prints the decision as a readable report, or as the API's JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a profile and print the decision.")
class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a cluster profile (JSON, as the API takes it)")
    Path file;

    @Option(names = "--home", paramLabel = "HOME", description = "the policy home; default: the current folder")
    Path home;

    @Option(names = "--json", description = "print the API's JSON answer instead of a report")
    boolean json;

    @Mixin
    Words words;

    @Mixin
    Detail detail;

    @Spec
    CommandSpec spec;

    private final ProfileReader reader;

    @Inject
    EvaluateCommand(ProfileReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet ruleSet = PolicyHomes.loaded(home, out, words).orElse(null);
        if (ruleSet == null) {
            return 1;
        }
        Evaluator evaluator = new Evaluator(new RuleSetHolder(ruleSet), Clock.systemDefaultZone(), reader);
        Decision decision;
        ClusterProfile profile;
        try {
            byte[] json = Files.readAllBytes(file);
            profile = evaluator.read(json);
            decision = evaluator.evaluate(profile, ProfileHash.of(json), false);
        } catch (ProfileRejectedException e) {
            Language language = words.language();
            out.println(file + ": " + e.title(language) + ". " + e.detail(language));
            e.violations().forEach(v -> out.println("  " + (v.pointer().isEmpty() ? "(body)" : v.pointer()) + ": "
                    + v.message(language)));
            return 2;
        }
        if (json) {
            out.println(DecisionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    detail.full() ? decision : decision.withMeasureReasons()));
        } else {
            out.print(new DecisionReport(ruleSet.catalog(), profile, words.language())
                    .render(file.getFileName().toString(), decision, true));
        }
        return 0;
    }
}
