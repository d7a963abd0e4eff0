package ru.clusterpolicy.rules;

import ru.clusterpolicy.rules.facts.Parameter;
import ru.clusterpolicy.rules.facts.Requirement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A programme as its workbook defines it: titles, summary texts, editions of the law, the
 * requirement rows of its Criteria table in table order, and for a programme of measures, the
 * measures and the dated parameters their amounts use.
 */
public record Programme(String id, String file, Text title, Map<String, Text> summaries, VerdictRule verdictRule,
                        List<Edition> editions, List<Requirement> requirements, List<Measure> measures,
                        List<Parameter> parameters) {

    /** How the programme's verdict follows from its findings. */
    public enum VerdictRule {
        /** ELIGIBLE when every binding criterion is met (Decree 779). */
        BINDING_CRITERIA,
        /** ELIGIBLE when the gate criteria are met and at least one measure is available. */
        GATE_AND_MEASURES
    }

    /** An edition of the act: the date from which it is in force and what it changed. */
    public record Edition(LocalDate from, String act, Text changes, String verification) {
    }

    /** Whom a measure is judged for. */
    public enum Scope {
        /** every participant */
        PARTICIPANT,
        /** every participant that bought start batches */
        PURCHASER,
        /** every project */
        PROJECT,
        /** the cluster as a whole */
        CLUSTER
    }

    /**
     * A support measure. Its conditions are the Criteria rows whose criterion is the measure's id;
     * a measure with a fixed status (NOT_ENACTED, UNKNOWN) has none and is reported as it is.
     */
    public record Measure(String id, Scope scope, String fixedStatus, Text title, Text text, String act,
                          String verification, String note, Source source) {
    }

    /** The latest edition in force on the date, if the act was in force at all. */
    public Optional<Edition> editionAt(LocalDate date) {
        return editions.stream().filter(e -> !e.from().isAfter(date)).max(Comparator.comparing(Edition::from));
    }

    /** Criterion ids in table order, each once, measures' conditions excluded. */
    public List<String> criteria() {
        Set<String> measureIds = measures.stream().map(Measure::id).collect(Collectors.toSet());
        return requirements.stream().map(Requirement::criterion).filter(c -> !measureIds.contains(c)).distinct().toList();
    }
}
