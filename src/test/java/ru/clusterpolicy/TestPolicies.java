package ru.clusterpolicy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.PolicySource;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.RuleSetLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

/** The repository's own rule set, loaded once per test JVM, and helpers to evaluate with it. */
public final class TestPolicies {

    /** The project root: it holds rules/ and decision-tables/, the policy home the tests use. */
    public static final Path HOME = Path.of("").toAbsolutePath();

    private static RuleSet repository;
    public static final ProfileReader READER = new ProfileReader(100);

    private TestPolicies() {
    }

    public static synchronized RuleSet repository() {
        if (repository == null) {
            repository = load(HOME);
        }
        return repository;
    }

    public static RuleSet load(Path home) {
        return new RuleSetLoader(Clock.systemUTC()).load(PolicySource.directory(home));
    }

    public static Evaluator evaluator(RuleSet ruleSet) {
        return new Evaluator(new RuleSetHolder(ruleSet), Clock.systemUTC(), READER);
    }

    public static Decision evaluate(ObjectNode profile) {
        return evaluate(repository(), profile);
    }

    public static Decision evaluate(RuleSet ruleSet, ObjectNode profile) {
        try {
            ClusterProfile parsed = ProfileReader.strictMapper().treeToValue(profile, ClusterProfile.class);
            return evaluator(ruleSet).evaluate(parsed, null, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the repository's policy home in a temporary folder, for tests that edit it. */
    public static Path copyOfHome(Path target) {
        for (String folder : new String[]{"rules", "decision-tables"}) {
            try (Stream<Path> files = Files.list(HOME.resolve(folder))) {
                Files.createDirectories(target.resolve(folder));
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(folder).resolve(file.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }
}
