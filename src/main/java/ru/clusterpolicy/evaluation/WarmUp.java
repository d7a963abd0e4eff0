package ru.clusterpolicy.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * Evaluates example profiles a few rounds before the service says it is ready, so that the
 * first requests find the rules, the explanations and the writers compiled by the JIT rather
 * than wait for it. Bounded in time; a profile that fails is skipped (the checks of a rule set
 * are elsewhere).
 */
public final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {
    }

    /** @return how many evaluations ran */
    public static int run(Evaluator evaluator, List<byte[]> profiles, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        long started = System.nanoTime();
        int evaluations = 0;
        outer:
        while (!profiles.isEmpty()) {
            for (byte[] profile : profiles) {
                if (System.nanoTime() > deadline) {
                    break outer;
                }
                try {
                    DecisionJson.MAPPER.writeValueAsBytes(evaluator.evaluate(profile, false));
                    evaluations++;
                } catch (RuntimeException | java.io.IOException e) {
                    LOG.debug("warm-up skipped a profile: {}", e.toString());
                }
            }
        }
        LOG.info("Warmed up with {} evaluations in {} ms", evaluations, (System.nanoTime() - started) / 1_000_000);
        return evaluations;
    }
}
