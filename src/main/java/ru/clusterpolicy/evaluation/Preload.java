package ru.clusterpolicy.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.PolicySource;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetCache;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.RuleSetLoader;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The shipped rule set loaded, and warmed up on its examples, while the web framework starts:
 * started by main before anything else, so that the two overlap on the machine's cores. The
 * policy lifecycle takes the loaded rule set from here; the service is ready once warm.
 */
public final class Preload {
    private static final Logger LOG = LoggerFactory.getLogger(Preload.class);
    /** How long the warm-up may take at most: it is part of the time to the first answer. */
    private static final Duration WARM_UP = Duration.ofMillis(1500);

    private static volatile CompletableFuture<RuleSet> loaded;
    private static volatile CompletableFuture<Void> warm;

    private Preload() {
    }

    /** Starts loading the packaged rule set in the background (when the service serves it). */
    public static synchronized void startPackaged() {
        if (loaded != null) {
            return;
        }
        loaded = new CompletableFuture<>();
        warm = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                RuleSet ruleSet = new RuleSetLoader(Clock.systemUTC(), RuleSetCache.packaged()).load(PolicySource.packaged());
                loaded.complete(ruleSet);
                WarmUp.run(new Evaluator(new RuleSetHolder(ruleSet), Clock.systemUTC(), new ProfileReader(100)),
                        PolicySource.packagedExamples(), WARM_UP);
            } catch (RuntimeException e) {
                // the lifecycle loads it again and reports what is wrong
                LOG.debug("preloading the packaged rule set failed: {}", e.toString());
                loaded.completeExceptionally(e);
            } finally {
                warm.complete(null);
            }
        }, "rule-set-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The preloaded packaged rule set, if main started one and it loaded. */
    static Optional<RuleSet> packaged() {
        CompletableFuture<RuleSet> future = loaded;
        if (future == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(future.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Completes when the preloaded rule set is warm (at once when nothing was preloaded). */
    static CompletableFuture<Void> warm() {
        CompletableFuture<Void> future = warm;
        return future == null ? CompletableFuture.completedFuture(null) : future;
    }
}
