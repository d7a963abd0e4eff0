package ru.clusterpolicy.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set could not be loaded; nothing of it is used. Lists every problem found. */
public class PolicyLoadException extends RuntimeException {
    private final transient List<PolicyProblem> problems;

    public PolicyLoadException(List<PolicyProblem> problems) {
        super("The rule set has " + problems.size() + " problem(s):\n"
                + problems.stream().map(PolicyProblem::line).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
