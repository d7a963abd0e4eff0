package ru.clusterpolicy.rules;

import ru.clusterpolicy.rules.facts.Requirement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme as its workbook defines it: titles, summary texts, editions of the law and the
 * requirement rows of its Criteria table in table order.
 */
public record Programme(String id, String file, Text title, Map<String, Text> summaries,
                        List<Edition> editions, List<Requirement> requirements) {

    /** An edition of the act: the date from which it is in force and what it changed. */
    public record Edition(LocalDate from, String act, Text changes, String verification) {
    }

    /** The latest edition in force on the date, if the act was in force at all. */
    public Optional<Edition> editionAt(LocalDate date) {
        return editions.stream().filter(e -> !e.from().isAfter(date)).max(Comparator.comparing(Edition::from));
    }

    /** Criterion ids in table order, each once. */
    public List<String> criteria() {
        return requirements.stream().map(Requirement::criterion).distinct().toList();
    }
}
