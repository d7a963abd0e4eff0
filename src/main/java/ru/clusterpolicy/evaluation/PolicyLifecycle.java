package ru.clusterpolicy.evaluation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.LastKnownGood;
import ru.clusterpolicy.rules.RuleSetCache;
import ru.clusterpolicy.rules.PolicyLoadException;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.PolicySource;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.RuleSetHolder.Origin;
import ru.clusterpolicy.rules.RuleSetLoader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Decides which rule set serves. At start-up: the packed rule set, or the policy home's
 * (CLUSTERPOLICY_HOME) once it loads and passes its examples; when the home's files fail, the last
 * known good (kept in the data folder), saying so in /health, /api/v1/ruleset and the log; with no
 * last known good, start-up stops with the problems. On reload: the home's files are built off to
 * the side and checked the same way (within a deadline, in a separate JVM when their code is new),
 * then swapped in whole, or refused with the old one serving on. One reload runs at a time.
 */
@Context
@Requires(notEnv = "cli")
public class PolicyLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyLifecycle.class);

    /** When a candidate is checked in a separate JVM. */
    enum Isolation {
        /** when its code (DRL) differs from the trusted rule set's */
        AUTO,
        ALWAYS,
        NEVER
    }

    private final RuleSetHolder holder;
    private final LastKnownGood lastKnownGood;
    private final RuleSetLoader loader;
    private final ProfileReader reader;
    /** How long warming up a home's rule set may take. */
    private final java.time.Duration warmUp;
    private volatile CompletableFuture<Void> ready;
    private final CandidateCheck check;
    private final Clock clock;
    private final Path home;
    private final Isolation isolation;
    private final ReentrantLock reloading = new ReentrantLock();
    private final EvaluationMetrics metrics;

    public PolicyLifecycle(RuleSetHolder holder, LastKnownGood lastKnownGood, CandidateCheck check, Clock clock, ProfileReader reader,
                           @Value("${clusterpolicy.home:}") String home,
                           @Value("${clusterpolicy.reload.isolate:auto}") String isolation,
                           @Value("${clusterpolicy.data:data}") String data,
                           @Value("${clusterpolicy.warm-up:1500ms}") java.time.Duration warmUp,
                           EvaluationMetrics metrics) {
        this.warmUp = warmUp;
        this.metrics = metrics;
        this.holder = holder;
        this.reader = reader;
        // compiled rule sets are kept beside the last known good: an unchanged home is not compiled again
        this.loader = new RuleSetLoader(clock, RuleSetCache.in(Path.of(data).resolve("compiled")));
        this.lastKnownGood = lastKnownGood;
        this.check = check;
        this.clock = clock;
        this.home = home.isBlank() ? null : Path.of(home).toAbsolutePath();
        this.isolation = Isolation.valueOf(isolation.toUpperCase(java.util.Locale.ROOT));
        start();
    }

    private void start() {
        long started = System.nanoTime();
        if (home == null) {
            holder.serve(Preload.packaged().orElseGet(() -> loader.load(PolicySource.packaged())), Origin.PACKAGED, List.of());
            ready = Preload.warm();
        } else {
            Optional<PolicySource> fallback = lastKnownGood.source();
            Candidate candidate = candidate(fallback.map(PolicySource::code).orElse(null));
            if (candidate.accepted()) {
                holder.serve(candidate.ruleSet(), Origin.HOME, List.of());
                lastKnownGood.save(candidate.ruleSet());
            } else if (fallback.isPresent()) {
                holder.serve(loader.load(fallback.get()), Origin.LAST_KNOWN_GOOD, candidate.problems());
                LOG.error("The policy home's files fail their checks; serving the last known good rule set {} instead:\n{}",
                        holder.current().version(), lines(candidate.problems()));
            } else {
                throw new PolicyLoadException(candidate.problems());
            }
        }
        RuleSet serving = holder.current();
        LOG.info("Rule set {} ({}) loaded from {} in {} ms ({} files)", serving.version(), holder.serving().origin(),
                serving.origin(), (System.nanoTime() - started) / 1_000_000, serving.files().size());
        if (ready == null) {
            // a home's rule set warms up on the home's examples while the service comes up
            List<byte[]> examples = examples(home);
            ready = CompletableFuture.runAsync(() -> WarmUp.run(new Evaluator(holder, clock, reader), examples, warmUp));
        }
    }

    /** Completes once the rule set in service has been warmed up: until then the service is not ready. */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    private static List<byte[]> examples(Path home) {
        Path folder = home.resolve("examples");
        if (!java.nio.file.Files.isDirectory(folder)) {
            return PolicySource.packagedExamples();
        }
        List<byte[]> examples = new java.util.ArrayList<>();
        for (Path example : ExampleCheck.examples(folder)) {
            try {
                examples.add(java.nio.file.Files.readAllBytes(example));
            } catch (java.io.IOException e) {
                LOG.debug("warm-up skips {}: {}", example, e.toString());
            }
        }
        return examples;
    }

    /** The policy home being served, if the rule set comes from one. */
    public Optional<Path> home() {
        return Optional.ofNullable(home);
    }

    /**
     * Loads the policy home again and swaps the new rule set in only if it loads and its examples
     * pass; otherwise the old one keeps serving and the outcome says why.
     */
    public RuleSetHolder.Reload reload() {
        if (home == null) {
            throw new IllegalStateException("no policy home to reload from");
        }
        reloading.lock();
        long started = System.nanoTime();
        try {
            Candidate candidate = candidate(holder.current().source().code());
            if (candidate.accepted()) {
                holder.serve(candidate.ruleSet(), Origin.HOME, List.of());
                lastKnownGood.save(candidate.ruleSet());
            }
            RuleSetHolder.Reload outcome = new RuleSetHolder.Reload(clock.instant(),
                    candidate.ruleSet() == null ? null : candidate.ruleSet().version(), candidate.accepted(), candidate.problems());
            holder.recordReload(outcome);
            metrics.reloaded(outcome.applied(), java.time.Duration.ofNanos(System.nanoTime() - started));
            LOG.info("Reload {}: serving {}", outcome.applied() ? "applied" : "refused (" + outcome.problems().size()
                    + " problems)\n" + lines(outcome.problems()), holder.current().version());
            return outcome;
        } finally {
            reloading.unlock();
        }
    }

    /** A rule set built from the home, with what its checks found. */
    private record Candidate(RuleSet ruleSet, List<PolicyProblem> problems) {
        boolean accepted() {
            return ruleSet != null && problems.isEmpty();
        }
    }

    /** @param trustedCode the DRL files of the rule set trusted so far, if any */
    private Candidate candidate(Map<String, String> trustedCode) {
        RuleSet candidate;
        try {
            candidate = loader.load(PolicySource.directory(home));
        } catch (PolicyLoadException e) {
            return new Candidate(null, e.problems());
        } catch (RuntimeException e) {
            return new Candidate(null, List.of(PolicyProblem.inFile(home.getFileName().toString(),
                    "file.unreadable", "detail", String.valueOf(e.getMessage()))));
        }
        boolean isolate = switch (isolation) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> trustedCode != null && !trustedCode.equals(candidate.source().code());
        };
        List<PolicyProblem> problems = isolate ? check.isolated(home, candidate.version())
                : check.inProcess(candidate, home.resolve("examples"));
        return new Candidate(candidate, problems);
    }

    private static String lines(List<PolicyProblem> problems) {
        return String.join("\n", problems.stream().map(PolicyProblem::line).toList());
    }
}
