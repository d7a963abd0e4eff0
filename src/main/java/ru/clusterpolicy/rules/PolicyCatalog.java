package ru.clusterpolicy.rules;

import org.kie.api.definition.rule.Rule;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Threshold;

import java.util.List;
import java.util.Map;

/**
 * Everything the tables declare, read once per rule set. The rules reach it as the global
 * {@code catalog}: a table row's rule declares its requirement through it.
 */
public final class PolicyCatalog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;


    private final List<Programme> programmes;
    /** What each table row declares (a Requirement, a Band, an Outcome), by its rule's package and name. */
    private final Map<String, Object> declarations;
    private final Map<String, String> filesByPackage;
    private final ReferenceData reference;

    PolicyCatalog(List<Programme> programmes, Map<String, Object> declarations,
                  Map<String, String> filesByPackage, ReferenceData reference) {
        // in the order the Programme sheets give (their "order" row), as answers list them
        this.programmes = programmes.stream().sorted(java.util.Comparator.comparingInt(Programme::order)
                .thenComparing(Programme::id)).toList();
        this.declarations = Map.copyOf(declarations);
        this.filesByPackage = Map.copyOf(filesByPackage);
        this.reference = reference;
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    /** Called by the rule a Criteria row compiles into: the requirement that row declares. */
    public Requirement requirement(Rule rule, String criterion) {
        return declared(rule, Requirement.class, criterion, Requirement::criterion);
    }

    /** Called by the rule a Bands row compiles into: the band that row declares. */
    public Band band(Rule rule, String points) {
        return declared(rule, Band.class, points, b -> b.points().toPlainString());
    }

    /** Called by the rule an outcome-table row compiles into: the outcome that row offers. */
    public Outcome outcome(Rule rule, String outcome) {
        return declared(rule, Outcome.class, outcome, Outcome::outcome);
    }

    /** The row read at load for a rule; the cell value the rule carries must agree with it. */
    private <T> T declared(Rule rule, Class<T> type, String cell, java.util.function.Function<T, String> value) {
        Object declared = declarations.get(key(rule.getPackageName(), rule.getName()));
        if (!type.isInstance(declared) || !sameCell(value.apply(type.cast(declared)), cell)) {
            throw new IllegalStateException("rule " + rule.getName() + " declares " + cell
                    + " but the table row read at load says " + declared);
        }
        return type.cast(declared);
    }

    /** Equal as numbers when both are numbers ("2" and "2.0"), else as text. */
    private static boolean sameCell(String read, String compiled) {
        if (read.equals(compiled)) {
            return true;
        }
        var a = Threshold.parse(read);
        var b = Threshold.parse(compiled);
        return a.isPresent() && b.isPresent() ? a.get().compareTo(b.get()) == 0 : read.equals(compiled);
    }

    /** Where a fired rule is written: a table row, or a rule of a DRL file. */
    public Source sourceOf(String packageName, String ruleName) {
        Object declared = declarations.get(key(packageName, ruleName));
        if (declared instanceof Requirement r) {
            return r.source();
        }
        if (declared instanceof Band b) {
            return b.source();
        }
        if (declared instanceof Outcome o) {
            return o.source();
        }
        return Source.drl(filesByPackage.getOrDefault(packageName, packageName), ruleName);
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public ReferenceData reference() {
        return reference;
    }

}
