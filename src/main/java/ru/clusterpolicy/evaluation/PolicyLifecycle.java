package ru.clusterpolicy.evaluation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.rules.LastKnownGood;
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
    private final CandidateCheck check;
    private final Clock clock;
    private final Path home;
    private final Isolation isolation;
    private final ReentrantLock reloading = new ReentrantLock();

    public PolicyLifecycle(RuleSetHolder holder, LastKnownGood lastKnownGood, CandidateCheck check, Clock clock,
                           @Value("${clusterpolicy.home:}") String home,
                           @Value("${clusterpolicy.reload.isolate:auto}") String isolation) {
        this.holder = holder;
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
            holder.serve(new RuleSetLoader(clock).load(PolicySource.packaged()), Origin.PACKAGED, List.of());
        } else {
            Optional<PolicySource> fallback = lastKnownGood.source();
            Candidate candidate = candidate(fallback.map(PolicySource::code).orElse(null));
            if (candidate.accepted()) {
                holder.serve(candidate.ruleSet(), Origin.HOME, List.of());
                lastKnownGood.save(candidate.ruleSet());
            } else if (fallback.isPresent()) {
                holder.serve(new RuleSetLoader(clock).load(fallback.get()), Origin.LAST_KNOWN_GOOD, candidate.problems());
                LOG.error("The policy home's files fail their checks; serving the last known good rule set {} instead:\n{}",
                        holder.current().version(), lines(candidate.problems()));
            } else {
                throw new PolicyLoadException(candidate.problems());
            }
        }
        RuleSet serving = holder.current();
        LOG.info("Rule set {} ({}) loaded from {} in {} ms ({} files)", serving.version(), holder.serving().origin(),
                serving.origin(), (System.nanoTime() - started) / 1_000_000, serving.files().size());
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
        try {
            Candidate candidate = candidate(holder.current().source().code());
            if (candidate.accepted()) {
                holder.serve(candidate.ruleSet(), Origin.HOME, List.of());
                lastKnownGood.save(candidate.ruleSet());
            }
            RuleSetHolder.Reload outcome = new RuleSetHolder.Reload(clock.instant(),
                    candidate.ruleSet() == null ? null : candidate.ruleSet().version(), candidate.accepted(), candidate.problems());
            holder.recordReload(outcome);
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
            candidate = new RuleSetLoader(clock).load(PolicySource.directory(home));
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
