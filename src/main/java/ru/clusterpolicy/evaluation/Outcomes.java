package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.facts.Outcome;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Outcome tables: of the rows whose conditions held, the first in the table wins. */
final class Outcomes {
    private Outcomes() {
    }

    static Optional<Outcome> winner(List<Outcome> offered, String table) {
        return offered.stream().filter(o -> o.table().equals(table)).min(Comparator.comparingInt(Outcome::getRow));
    }
}
