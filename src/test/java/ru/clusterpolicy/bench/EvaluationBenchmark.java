package ru.clusterpolicy.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.PolicySource;
import ru.clusterpolicy.rules.RuleSetLoader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * In-process evaluation of a profile with full explanations, on one thread, and the rule-set
 * build. Run with bench/run.sh; results in docs/performance.md.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluationBenchmark {

    @Param({"10", "50", "100", "1000"})
    public int participants;

    private Evaluator evaluator;
    private ClusterProfile profile;

    @Setup
    public void setUp() throws Exception {
        evaluator = TestPolicies.evaluator(TestPolicies.load(Path.of(System.getProperty("clusterpolicy.home", "."))));
        profile = ProfileReader.strictMapper().treeToValue(profileOf(participants), ClusterProfile.class);
    }

    /** The eligible test cluster grown to the given size: industrial participants in a contract chain. */
    static ObjectNode profileOf(int size) {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        ArrayNode list = (ArrayNode) profile.get("participants");
        for (int i = list.size() + 1; i <= size; i++) {
            list.addObject().put("id", "x" + i).put("name", "Завод " + i).put("kind", "INDUSTRIAL").put("region", "RU-TA")
                    .put("producedClusterProductLastPeriod", true).put("inputsRub", 100_000_000)
                    .put("inputsFromParticipantsRub", 60_000_000).put("importedInputsRub", 10_000_000);
        }
        return Profiles.relinkContracts(profile);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public Decision evaluateWithExplanation() {
        return evaluator.evaluate(profile, null, false);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object buildRuleSet() {
        return new RuleSetLoader(Clock.systemUTC()).load(PolicySource.directory(Path.of(System.getProperty("clusterpolicy.home", "."))));
    }
}
