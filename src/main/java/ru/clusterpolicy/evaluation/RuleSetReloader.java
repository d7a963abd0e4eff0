package ru.clusterpolicy.evaluation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reloads the rule set in service: the new one is built off to the side, checked (it must load and
 * pass the policy home's examples), and only then swapped in; otherwise the old one keeps serving.
 */
@Singleton
@Requires(notEnv = "cli")
public class RuleSetReloader {

    private final RuleSetHolder ruleSets;
    private final Clock clock;

    public RuleSetReloader(RuleSetHolder ruleSets, Clock clock) {
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    public RuleSetHolder.Reload reload() {
        return ruleSets.reload(this::examplesFailing);
    }

    private List<PolicyProblem> examplesFailing(RuleSet candidate) {
        Path examples = ruleSets.home().map(home -> home.resolve("examples")).filter(Files::isDirectory).orElse(null);
        if (examples == null) {
            return List.of();
        }
        Evaluator evaluator = new Evaluator(new RuleSetHolder(candidate), clock);
        List<PolicyProblem> problems = new ArrayList<>();
        for (Path example : ExampleCheck.examples(examples)) {
            ExampleCheck.Result result = ExampleCheck.check(evaluator, example);
            result.differences().forEach(difference -> problems.add(PolicyProblem.inFile("examples/" + example.getFileName(),
                    difference, "fix the rule set, or the expected decision if the change is intended")));
        }
        return problems;
    }
}
