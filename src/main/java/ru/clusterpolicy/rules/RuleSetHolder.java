package ru.clusterpolicy.rules;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Holds the rule set in service. Loaded at start-up from {@code clusterpolicy.home} (the
 * CLUSTERPOLICY_HOME environment variable) or, when that is unset, from the rule set packed into
 * the application; a broken rule set stops start-up.
 */
@Context
@Requires(notEnv = "cli") // the command line loads the rule sets it is given
public class RuleSetHolder {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetHolder.class);

    private final RuleSet current;

    @Inject
    public RuleSetHolder(@Value("${clusterpolicy.home:}") String home, Clock clock) {
        long started = System.nanoTime();
        PolicySource source = home.isBlank() ? PolicySource.packaged() : PolicySource.directory(Path.of(home));
        this.current = new RuleSetLoader(clock).load(source);
        LOG.info("Rule set {} loaded from {} in {} ms ({} files)", current.version(), current.origin(),
                (System.nanoTime() - started) / 1_000_000, current.files().size());
    }

    /** Serves a rule set loaded elsewhere (tests, the command line). */
    public RuleSetHolder(RuleSet ruleSet) {
        this.current = ruleSet;
    }

    public RuleSet current() {
        return current;
    }
}
