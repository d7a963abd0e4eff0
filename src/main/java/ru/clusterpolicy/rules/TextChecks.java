package ru.clusterpolicy.rules;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.facts.Parameter;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.tables.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every text of a rule set names only values it will have: a placeholder no evaluation fills
 * ({MATURITY_SCOR}, {param:CAP} without such a parameter) is refused at its cell, with the names
 * nearest to it, rather than shown to a reader as it is written.
 */
final class TextChecks {

    /** What a finding's texts have of their own, beside the metrics and parameters. */
    static final Set<String> FINDING = Set.of("observed", "threshold", "required", "gap", "details", "missing", "expiry",
            "validity", "asOf");
    static final Set<String> SUMMARY = Set.of("met", "notMet", "unknown", "metList", "notMetList", "unknownList", "binding",
            "total", "available", "score", "maxScore", "completeness", "asOf");

    /** The values each shared message is given (beyond the metrics and parameters of the evaluation). */
    static final Map<String, Set<String>> MESSAGE_VALUES = Map.ofEntries(
            Map.entry("missing_participant", Set.of("label", "row", "name")),
            Map.entry("missing_project", Set.of("label", "row", "name")),
            Map.entry("missing_purchase", Set.of("place", "purchase")),
            Map.entry("caveat_unconfirmed", Set.of("count", "list")),
            Map.entry("caveat_editions", Set.of("checked")),
            Map.entry("caveat_item", Set.of("name", "required", "verification")),
            Map.entry("purchase_line", Set.of("supplier", "cost", "date", "reason")),
            Map.entry("formula_start_batch", Set.of("share", "counted", "cap", "received", "amount")),
            Map.entry("formula_joint_project", Set.of("share", "cost", "cap", "amount")),
            Map.entry("formula_kip_rate", Set.of("share", "key", "margin", "rate")),
            Map.entry("okved_division", Set.of("division")),
            Map.entry("okved_section", Set.of("section", "name")),
            Map.entry("block_name", Set.of("block", "name")),
            Map.entry("missing_many", Set.of("label", "count", "of")),
            Map.entry("no_applicable_row", Set.of("missing")));

    private TextChecks() {
    }

    static void check(List<Programme> programmes, ReferenceData reference, Set<String> metrics, List<PolicyProblem> problems) {
        Set<String> parameters = new TreeSet<>();
        programmes.forEach(p -> p.parameters().stream().map(Parameter::name).forEach(parameters::add));
        Set<String> shared = new TreeSet<>(metrics);
        metrics.forEach(m -> shared.add(m + ".details"));
        parameters.forEach(p -> shared.add("param:" + p));
        for (Programme programme : programmes) {
            for (Requirement row : programme.requirements()) {
                Set<String> allowed = union(shared, FINDING);
                if (row.appliesWhen() != null) {
                    allowed.add("threshold:" + Condition.parse(row.appliesWhen()).metric());
                }
                for (Message text : new Message[]{row.text(), row.gap(), row.observedShown(), row.requiredShown()}) {
                    check(text, allowed, problems);
                }
            }
            programme.summaries().values().forEach(text -> check(text, union(shared, SUMMARY), problems));
            programme.measures().forEach(measure -> check(measure.text(), union(shared, Set.of("asOf")), problems));
            programme.indicators().forEach(indicator -> check(indicator.improve(), union(shared, Set.of("gap", "asOf")), problems));
            for (List<Outcome> table : programme.outcomes().values()) {
                for (Outcome outcome : table) {
                    Set<String> allowed = union(shared, Set.of("asOf"));
                    outcome.conditions().stream().map(Condition::metric).forEach(m -> allowed.add("threshold:" + m));
                    check(outcome.text(), allowed, problems);
                }
            }
        }
        reference.messages().forEach((key, text) -> check(text, union(union(shared, FINDING),
                MESSAGE_VALUES.getOrDefault(key, Set.of())), problems));
        reference.fields().values().forEach(field -> check(field.many(), Set.of("count", "label", "of"), problems));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void check(Message text, Set<String> allowed, List<PolicyProblem> problems) {
        if (text == null || !(text.origin() instanceof Texts.Written written)) {
            return;
        }
        for (Language language : Language.values()) {
            for (String name : text.template(language).arguments()) {
                if (!allowed.contains(name)) {
                    problems.add(written.in(language).problem("text.placeholder", "name", name,
                            "nearest", Names.nearestOrNone(name, allowed)));
                }
            }
        }
    }
}
