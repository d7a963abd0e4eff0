package ru.clusterpolicy.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.evaluation.Decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A compiled rule set is kept and read back instead of compiling; one it cannot trust is compiled again. */
class RuleSetCacheTest {

    @TempDir
    Path data;
    @TempDir
    Path home;

    private RuleSet load(Path policyHome) {
        return new RuleSetLoader(Clock.systemUTC(), RuleSetCache.in(data)).load(PolicySource.directory(policyHome));
    }

    private List<Path> cached() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.toString().endsWith(".ruleset")).toList();
        }
    }

    private static List<Decision.ProgrammeDecision> decide(RuleSet ruleSet) throws IOException {
        byte[] profile = Files.readAllBytes(TestPolicies.FIXTURE.resolve("examples/three-industrial-eligible.json"));
        return TestPolicies.evaluator(ruleSet).evaluate(profile, false).programmes();
    }

    @Test
    void anUnchangedHomeIsReadBackCompiledAndDecidesExactlyAsTheCompiledOne() throws IOException {
        long hits = RuleSetCache.hits();
        long misses = RuleSetCache.misses();
        RuleSet compiled = load(TestPolicies.FIXTURE);
        assertEquals(misses + 1, RuleSetCache.misses());
        assertEquals(1, cached().size());

        RuleSet readBack = load(TestPolicies.FIXTURE);
        assertEquals(hits + 1, RuleSetCache.hits());
        assertEquals(compiled.version(), readBack.version());
        assertEquals(decide(compiled), decide(readBack));
    }

    @Test
    void aDamagedFileIsIgnoredDeletedAndTheRuleSetCompiledAgain() throws IOException {
        RuleSet compiled = load(TestPolicies.FIXTURE);
        Path file = cached().get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        long misses = RuleSetCache.misses();
        RuleSet recompiled = load(TestPolicies.FIXTURE);
        assertEquals(misses + 1, RuleSetCache.misses());
        assertEquals(decide(compiled), decide(recompiled));
        // written again whole: the next load reads it
        long hits = RuleSetCache.hits();
        load(TestPolicies.FIXTURE);
        assertEquals(hits + 1, RuleSetCache.hits());
    }

    @Test
    void aFileThatHoldsAnotherRuleSetIsNotTrustedUnderThisOnesName() throws IOException {
        TestPolicies.copyOfFixtureWithoutExamples(home);
        RuleSet original = load(home);
        Path originalFile = cached().get(0);
        Workbooks.set(home.resolve("decision-tables/fixture-criteria.xlsx"), "Criteria", "E14", "90");
        RuleSet edited = load(home);
        assertNotEquals(original.version(), edited.version());
        Path editedFile = cached().stream().filter(f -> !f.equals(originalFile)).findFirst().orElseThrow();

        // the edited rule set's file replaced by the original's compiled bytes
        Files.copy(originalFile, editedFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long misses = RuleSetCache.misses();
        RuleSet reloaded = load(home);
        assertEquals(misses + 1, RuleSetCache.misses());
        assertEquals(edited.version(), reloaded.version());
        assertTrue(reloaded.catalog().programmes().size() > 0);
    }
}
