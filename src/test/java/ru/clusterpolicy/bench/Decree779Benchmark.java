package ru.clusterpolicy.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.ProfileReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Decree 779 alone, the engine against the same criteria in plain Java (the limit), with and
 * without the trace, over profile sizes from 10 to 10 000 participants. Run with bench/run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Decree779Benchmark {

    @Param({"10", "100", "1000", "10000"})
    public int participants;

    private Evaluator engine;
    private ClusterProfile profile;
    private final LocalDate asOf = LocalDate.of(2025, 6, 1);

    @Setup
    public void setUp() throws Exception {
        Path home = Files.createTempDirectory("decree779-only");
        Path repo = Path.of(System.getProperty("clusterpolicy.home", "."));
        for (String file : new String[]{"rules/decree-779.drl", "decision-tables/decree-779.xlsx",
                "decision-tables/reference-data.xlsx"}) {
            Files.createDirectories(home.resolve(file).getParent());
            Files.copy(repo.resolve(file), home.resolve(file));
        }
        engine = TestPolicies.evaluator(TestPolicies.load(home));
        profile = ProfileReader.strictMapper().treeToValue(EvaluationBenchmark.profileOf(participants), ClusterProfile.class);
        if (!PlainDecree779.verdict(profile, asOf).equals(engine.evaluate(profile, null, false).programmes().get(0).verdict())) {
            throw new IllegalStateException("the plain-Java limit does not decide like the engine");
        }
    }

    @Benchmark
    public Decision engineWithExplanation() {
        return engine.evaluate(profile, null, false);
    }

    @Benchmark
    public Decision engineWithTrace() {
        return engine.evaluate(profile, null, true);
    }

    @Benchmark
    public String plainJava() {
        return PlainDecree779.verdict(profile, asOf);
    }
}
