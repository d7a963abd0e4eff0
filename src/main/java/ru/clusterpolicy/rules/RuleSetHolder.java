package ru.clusterpolicy.rules;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the rule set in service and where it came from. An evaluation takes it once and uses it
 * throughout; a new one is swapped in whole. What is served, and why, is decided by the policy
 * lifecycle (start-up, reload, fallback to the last known good).
 */
@Singleton
@Requires(notEnv = "cli") // the command line loads the rule sets it is given
public class RuleSetHolder {

    /** Where the serving rule set came from. */
    public enum Origin {
        /** the copy packed into the application */
        PACKAGED,
        /** the policy home's current files */
        HOME,
        /** the last rule set that passed its checks, kept in the data folder: the home's files fail them */
        LAST_KNOWN_GOOD
    }

    /**
     * The rule set in service.
     *
     * @param homeProblems when serving the last known good: why the home's files were refused
     */
    public record Serving(RuleSet ruleSet, Origin origin, Instant since, List<PolicyProblem> homeProblems) {
    }

    /** The outcome of a reload: when, the version it tried, and the problems that stopped it (none when it took). */
    public record Reload(Instant at, String version, boolean applied, List<PolicyProblem> problems) {
    }

    private final AtomicReference<Serving> serving = new AtomicReference<>();
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();
    private static final int RECENT = 8;
    /** The rule sets served lately, by version: a decision names its version, the archive needs its files. */
    private final java.util.Map<String, RuleSet> recent = RecentlyUsed.map(RECENT);

    public RuleSetHolder() {
    }

    /** Serves a rule set loaded elsewhere (tests, the command line, a candidate's check). */
    public RuleSetHolder(RuleSet ruleSet) {
        serve(ruleSet, Origin.HOME, List.of());
    }

    public RuleSet current() {
        Serving now = serving.get();
        if (now == null) {
            throw new IllegalStateException("no rule set is in service yet");
        }
        return now.ruleSet();
    }

    public Serving serving() {
        return serving.get();
    }

    public void serve(RuleSet ruleSet, Origin origin, List<PolicyProblem> homeProblems) {
        recent.put(ruleSet.version(), ruleSet);
        serving.set(new Serving(ruleSet, origin, Instant.now(), List.copyOf(homeProblems)));
    }

    /** A rule set served lately by its version (the one in service and those it replaced not long ago). */
    public Optional<RuleSet> served(String version) {
        return Optional.ofNullable(recent.get(version));
    }

    public Optional<Reload> lastReload() {
        return Optional.ofNullable(lastReload.get());
    }

    public void recordReload(Reload reload) {
        lastReload.set(reload);
    }
}
