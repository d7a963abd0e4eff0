package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.profile.ClusterProfile;

import java.time.LocalDate;

/** The cluster as a whole: its registry decision and its strategy documents. */
public final class Cluster {
    private final ClusterProfile.Cluster cluster;
    private final ClusterProfile.Strategy strategy;

    public Cluster(ClusterProfile.Cluster cluster, ClusterProfile.Strategy strategy) {
        this.cluster = cluster;
        this.strategy = strategy;
    }

    public String getName() {
        return cluster.name();
    }

    public LocalDate getRegistryDecisionDate() {
        return cluster.registryDecisionDate();
    }

    public Boolean getDevelopmentProgramme() {
        return strategy == null ? null : strategy.developmentProgramme();
    }

    /** JSON pointer of a strategy field, for "missing input" lists. */
    public String strategyPointer(String field) {
        return strategy == null ? "/strategy" : "/strategy/" + field;
    }
}
