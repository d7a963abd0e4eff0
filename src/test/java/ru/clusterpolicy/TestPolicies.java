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

    /** The project root: it holds rules/ and decision-tables/, the shipped policy home. */
    public static final Path HOME = Path.of("").toAbsolutePath();
    /**
     * The tests' own small policy (a criteria programme, two scored programmes, reference data):
     * the machinery is tested on it, so that an author's edit of the shipped tables fails no test.
     */
    public static final Path FIXTURE = HOME.resolve("src/test/fixture-policy");

    private static RuleSet fixture;

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

    public static synchronized RuleSet fixture() {
        if (fixture == null) {
            fixture = load(FIXTURE);
        }
        return fixture;
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
        return copy(HOME, target, "rules", "decision-tables");
    }

    /** A copy of the fixture policy (with its examples) in a temporary folder, for tests that edit it. */
    public static Path copyOfFixture(Path target) {
        return copy(FIXTURE, target, "rules", "decision-tables", "examples");
    }

    /** A copy of the fixture's rules and tables only: a reload of it checks no example. */
    public static Path copyOfFixtureWithoutExamples(Path target) {
        return copy(FIXTURE, target, "rules", "decision-tables");
    }

    public static Path copy(Path from, Path target, String... folders) {
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(from.resolve(folder))) {
                Files.createDirectories(target.resolve(folder));
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(folder).resolve(file.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }
}
