package ru.clusterpolicy.rules;

import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Block;
import ru.clusterpolicy.rules.facts.Indicator;
import ru.clusterpolicy.rules.facts.Outcome;
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
 * A programme as its workbook defines it: titles, summary texts, editions of the law (and the date
 * they were last checked against the official texts), the requirement rows of its Criteria table
 * in table order with the criteria's names, and for a programme of measures, the measures and the
 * dated parameters their amounts use.
 */
public record Programme(String id, int order, String file, Text title, Map<String, Message> summaries,
                        Map<String, Text> answers, Map<String, String> keyMetrics, VerdictRule verdictRule,
                        List<Edition> editions, LocalDate editionsChecked, List<Requirement> requirements,
                        Map<String, Text> criterionNames, List<Measure> measures,
                        List<Parameter> parameters, List<Band> bands, Map<String, List<Outcome>> outcomes,
                        List<Indicator> indicators, List<Block> blocks) implements java.io.Serializable {

    /** A criterion's name for people: its Names row, or the title of the measure it decides. */
    public Text criterionName(String criterion) {
        Text name = criterionNames.get(criterion);
        if (name != null) {
            return name;
        }
        return measures.stream().filter(m -> m.id().equals(criterion)).map(Measure::title).findFirst()
                .orElse(Text.same(criterion));
    }

    /** How the programme's verdict follows from its findings. */
    public enum VerdictRule {
        /** ELIGIBLE when every binding criterion is met (Decree 779). */
        BINDING_CRITERIA,
        /** ELIGIBLE when the gate criteria are met and at least one measure is available. */
        GATE_AND_MEASURES,
        /** A level from the Levels table, over a score from the Bands table (maturity). */
        LEVELS,
        /** A type from the Types table (typology). */
        CLASSIFICATION;

        /** The data sheets a programme of this kind needs: none may be missing or renamed. */
        public List<String> dataSheets() {
            return switch (this) {
                case BINDING_CRITERIA -> List.of("Names");
                case GATE_AND_MEASURES -> List.of("Names", "Measures", "Parameters");
                case LEVELS -> List.of("Names", "Blocks", "Indicators");
                case CLASSIFICATION -> List.of("Names");
            };
        }

        /** The rule tables a programme of this kind needs, by their RuleTable names. */
        public List<String> ruleTables() {
            return switch (this) {
                case BINDING_CRITERIA, GATE_AND_MEASURES -> List.of("Criteria");
                case LEVELS -> List.of("Bands", "Levels");
                case CLASSIFICATION -> List.of("Types");
            };
        }

        /**
         * The Programme rows naming the metrics a programme of this kind is read by: a scored
         * programme's total score and the completeness of its data.
         */
        public List<String> keyMetrics() {
            return this == LEVELS ? List.of("score_metric", "completeness_metric") : List.of();
        }

        /** The summary texts a programme of this kind must have, one per answer it can give. */
        public List<String> answers() {
            return switch (this) {
                case BINDING_CRITERIA, GATE_AND_MEASURES -> List.of("ELIGIBLE", "NOT_ELIGIBLE", "INSUFFICIENT_DATA");
                case LEVELS -> ru.clusterpolicy.rules.tables.OutcomesTable.OUTCOMES.get("Levels");
                case CLASSIFICATION -> ru.clusterpolicy.rules.tables.OutcomesTable.OUTCOMES.get("Types");
            };
        }
    }

    /** An edition of the act: the date from which it is in force and what it changed. */
    public record Edition(LocalDate from, String act, Text changes, String verification) implements java.io.Serializable {
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
    public record Measure(String id, Scope scope, String fixedStatus, Text title, Message text, String act,
                          String verification, String note, Source source) implements java.io.Serializable {
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
