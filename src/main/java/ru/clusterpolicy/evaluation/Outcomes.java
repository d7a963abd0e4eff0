package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.facts.Outcome;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Outcome tables: of the rows whose conditions held, the first in the table wins. */
final class Outcomes {
    private Outcomes() {
    }

    /** The winning row of a programme's table: a second scored programme is decided by its own rows. */
    static Optional<Outcome> winner(List<Outcome> offered, String programme, String table) {
        return offered.stream().filter(o -> o.programme().equals(programme) && o.table().equals(table))
                .min(Comparator.comparingInt(Outcome::getRow));
    }
}
