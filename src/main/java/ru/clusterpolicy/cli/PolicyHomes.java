package ru.clusterpolicy.cli;

import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.PolicySource;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Where the command line finds a rule set: a given policy home, else the current folder, else the packed one. */
final class PolicyHomes {
    private PolicyHomes() {
    }

    static PolicySource source(Path home) {
        if (home != null) {
            return PolicySource.directory(home);
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("decision-tables")) ? PolicySource.directory(here) : PolicySource.packaged();
    }

    static RuleSet load(Path home) {
        // the jar's precompiled rule set serves a home whose files are the shipped ones
        return new RuleSetLoader(Clock.systemDefaultZone(), ru.clusterpolicy.rules.RuleSetCache.packaged()).load(source(home));
    }

    /** An evaluator over the policy home's rule set; empty, with the problems printed, when it does not load. */
    static java.util.Optional<ru.clusterpolicy.evaluation.Evaluator> evaluator(Path home, ProfileReader reader,
                                                                             java.io.PrintWriter out, Words words) {
        return loaded(home, out, words).map(ruleSet -> evaluator(ruleSet, reader));
    }

    static ru.clusterpolicy.evaluation.Evaluator evaluator(RuleSet ruleSet, ProfileReader reader) {
        return new ru.clusterpolicy.evaluation.Evaluator(new ru.clusterpolicy.rules.RuleSetHolder(ruleSet),
                Clock.systemDefaultZone(), reader);
    }

    /** The policy home's rule set; empty, with the problems printed, when it does not load. */
    static java.util.Optional<RuleSet> loaded(Path home, java.io.PrintWriter out, Words words) {
        try {
            return java.util.Optional.of(load(home));
        } catch (ru.clusterpolicy.rules.PolicyLoadException e) {
            out.println(words.say("home.broken", "home", home == null ? words.say("home.current") : home.toString()));
            e.problems().forEach(problem -> out.println(problem.line(words.language())));
            return java.util.Optional.empty();
        }
    }

    /** The examples of a policy home: HOME/examples, or ./examples. */
    static Path examples(Path home) {
        return (home != null ? home : Path.of("")).toAbsolutePath().resolve("examples");
    }
}
