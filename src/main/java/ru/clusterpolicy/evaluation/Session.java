package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.facts.Award;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Metric;
import ru.clusterpolicy.rules.facts.Outcome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a rules session concluded: the facts the explanation is built from. */
record Session(List<Finding> findings, List<Metric> metrics, List<Award> awards, List<Band> bands,
               List<Outcome> outcomes, Map<String, Metric> clusterMetrics) {

    Session(List<Finding> findings, List<Metric> metrics, List<Award> awards, List<Band> bands, List<Outcome> outcomes) {
        this(findings, metrics, awards, bands, outcomes, byName(metrics));
    }

    private static Map<String, Metric> byName(List<Metric> metrics) {
        Map<String, Metric> byName = new HashMap<>();
        metrics.stream().filter(m -> m.getSubject() == null).forEach(m -> byName.putIfAbsent(m.getName(), m));
        return byName;
    }

    /** The cluster-level metric of that name, if the rules computed it. */
    Optional<Metric> metric(String name) {
        return Optional.ofNullable(clusterMetrics.get(name));
    }
}
