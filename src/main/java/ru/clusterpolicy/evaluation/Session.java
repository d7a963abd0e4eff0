package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.facts.Award;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Metric;
import ru.clusterpolicy.rules.facts.Outcome;

import java.util.List;

/** What a rules session concluded: the facts the explanation is built from. */
record Session(List<Finding> findings, List<Metric> metrics, List<Award> awards, List<Band> bands,
               List<Outcome> outcomes) {

    /** The cluster-level metric of that name, if the rules computed it. */
    java.util.Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> m.getSubject() == null && m.getName().equals(name)).findFirst();
    }
}
