package ru.clusterpolicy.evaluation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import ru.clusterpolicy.rules.RuleSetCache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The time evaluations take, for the operators' dashboards: the rules' session over all programmes
 * ({@code clusterpolicy.evaluation.rules}) and each programme's explanation
 * ({@code clusterpolicy.evaluation.explanation}, tagged with the programme's id from its workbook);
 * reloads by outcome ({@code clusterpolicy.reload}); loads served by a compiled rule set or compiled
 * ({@code clusterpolicy.ruleset.cache}, result hit or miss); batch lines by result
 * ({@code clusterpolicy.batch.lines}: evaluated, rejected, failed).
 */
@Singleton
public final class EvaluationMetrics {

    /** Where nobody scrapes (the command line, warm-up, a candidate's checks): a registry that keeps nothing. */
    public static final EvaluationMetrics NONE = new EvaluationMetrics(new CompositeMeterRegistry());

    private final MeterRegistry registry;
    private final Timer rules;
    private final Map<String, Timer> explanations = new ConcurrentHashMap<>();

    public EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.rules = Timer.builder("clusterpolicy.evaluation.rules")
                .description("Time of one evaluation's rule session, all programmes together")
                .register(registry);
        FunctionCounter.builder("clusterpolicy.ruleset.cache", RuleSetCache.class, cache -> RuleSetCache.hits())
                .description("Rule-set loads answered by a compiled rule set").tag("result", "hit").register(registry);
        FunctionCounter.builder("clusterpolicy.ruleset.cache", RuleSetCache.class, cache -> RuleSetCache.misses())
                .description("Rule-set loads that had to compile").tag("result", "miss").register(registry);
    }

    void reloaded(boolean applied, Duration took) {
        Timer.builder("clusterpolicy.reload").description("Reloads of the policy home, by outcome")
                .tag("outcome", applied ? "applied" : "refused").register(registry).record(took);
    }

    /** Counts a batch's lines once it has ended, however it ended. */
    public void batchEnded(BatchEvaluation.Summary summary) {
        batchLines("evaluated").increment(summary.evaluated());
        batchLines("rejected").increment(summary.rejected());
        batchLines("failed").increment(summary.failed());
    }

    private Counter batchLines(String result) {
        return Counter.builder("clusterpolicy.batch.lines").description("Lines of NDJSON batches, by result")
                .tag("result", result).register(registry);
    }

    <T> T timeRules(Supplier<T> work) {
        return rules.record(work);
    }

    <T> T timeExplanation(String programme, Supplier<T> work) {
        return explanations.computeIfAbsent(programme, id -> Timer.builder("clusterpolicy.evaluation.explanation")
                .description("Time to explain one programme's findings")
                .tag("programme", id)
                .register(registry)).record(work);
    }
}
