package ru.clusterpolicy.cli;

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
        return new RuleSetLoader(Clock.systemDefaultZone()).load(source(home));
    }

    /** The examples of a policy home: HOME/examples, or ./examples. */
    static Path examples(Path home) {
        return (home != null ? home : Path.of("")).toAbsolutePath().resolve("examples");
    }
}
