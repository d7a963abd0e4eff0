package ru.clusterpolicy.rules;

import org.kie.api.definition.rule.Rule;
import ru.clusterpolicy.rules.facts.Requirement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the tables declare, read once per rule set. The rules reach it as the global
 * {@code catalog}: a table row's rule declares its requirement through it.
 */
public final class PolicyCatalog {

    private final List<Programme> programmes;
    private final Map<String, Requirement> requirementsByRule;
    private final Map<String, String> filesByPackage;
    private final ReferenceData reference;
    private final Set<String> metrics;

    PolicyCatalog(List<Programme> programmes, Map<String, Requirement> requirementsByRule,
                  Map<String, String> filesByPackage, ReferenceData reference, Set<String> metrics) {
        this.programmes = List.copyOf(programmes);
        this.requirementsByRule = Map.copyOf(requirementsByRule);
        this.filesByPackage = Map.copyOf(filesByPackage);
        this.reference = reference;
        this.metrics = Set.copyOf(metrics);
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    /** Called by the rule a table row compiles into: the requirement that row declares. */
    public Requirement requirement(Rule rule, String criterion) {
        Requirement requirement = requirementsByRule.get(key(rule.getPackageName(), rule.getName()));
        if (requirement == null || !requirement.criterion().equals(criterion)) {
            throw new IllegalStateException("rule " + rule.getName() + " declares " + criterion
                    + " but the table row read at load says " + requirement);
        }
        return requirement;
    }

    /** Where a fired rule is written: a table row, or a rule of a DRL file. */
    public Source sourceOf(String packageName, String ruleName) {
        return Optional.ofNullable(requirementsByRule.get(key(packageName, ruleName)))
                .map(Requirement::source)
                .orElseGet(() -> Source.drl(filesByPackage.getOrDefault(packageName, packageName), ruleName));
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** Metric names the DRL computes. */
    public Set<String> metrics() {
        return metrics;
    }
}
