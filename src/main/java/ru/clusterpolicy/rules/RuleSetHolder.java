package ru.clusterpolicy.rules;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Holds the rule set in service. Loaded at start-up from {@code clusterpolicy.home} (the
 * CLUSTERPOLICY_HOME environment variable) or, when that is unset, from the rule set packed into
 * the application; a broken rule set stops start-up. A reload builds the new rule set off to the
 * side and swaps it in whole, or keeps the old one and records why.
 */
@Context
@Requires(notEnv = "cli") // the command line loads the rule sets it is given
public class RuleSetHolder {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetHolder.class);

    /** The outcome of the last reload: when, the version it tried, and the problems that stopped it (none when it took). */
    public record Reload(Instant at, String version, boolean applied, List<PolicyProblem> problems) {
    }

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();
    private final Path home;
    private final Clock clock;

    @Inject
    public RuleSetHolder(@Value("${clusterpolicy.home:}") String home, Clock clock) {
        this.home = home.isBlank() ? null : Path.of(home);
        this.clock = clock;
        long started = System.nanoTime();
        current.set(new RuleSetLoader(clock).load(source()));
        LOG.info("Rule set {} loaded from {} in {} ms ({} files)", current().version(), current().origin(),
                (System.nanoTime() - started) / 1_000_000, current().files().size());
    }

    /** Serves a rule set loaded elsewhere (tests, the command line). */
    public RuleSetHolder(RuleSet ruleSet) {
        this.home = null;
        this.clock = Clock.systemDefaultZone();
        current.set(ruleSet);
    }

    private PolicySource source() {
        return home == null ? PolicySource.packaged() : PolicySource.directory(home);
    }

    /** The rule set in service; an evaluation takes it once and uses it throughout. */
    public RuleSet current() {
        return current.get();
    }

    /** The policy home being served, if the rule set comes from one. */
    public Optional<Path> home() {
        return Optional.ofNullable(home);
    }

    public Optional<Reload> lastReload() {
        return Optional.ofNullable(lastReload.get());
    }

    /**
     * Loads the policy home again and swaps the new rule set in only if it loads and the check
     * accepts it (returns no problems); otherwise the old one keeps serving.
     */
    public synchronized Reload reload(Function<RuleSet, List<PolicyProblem>> check) {
        Reload outcome;
        try {
            RuleSet candidate = new RuleSetLoader(clock).load(source());
            List<PolicyProblem> problems = check.apply(candidate);
            if (problems.isEmpty()) {
                current.set(candidate);
            }
            outcome = new Reload(clock.instant(), candidate.version(), problems.isEmpty(), problems);
        } catch (PolicyLoadException e) {
            outcome = new Reload(clock.instant(), null, false, e.problems());
        }
        lastReload.set(outcome);
        LOG.info("Reload {}: serving {}", outcome.applied() ? "applied" : "refused (" + outcome.problems().size()
                + " problems)", current().version());
        return outcome;
    }
}
