package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.i18n.Message;

import java.util.List;

/**
 * A row of an outcome table (maturity Levels, typology Types): when all its conditions hold, it
 * offers its outcome; the first such row of the table wins.
 */
public record Outcome(String programme, String table, String outcome, List<Condition> conditions, Message text, String note, Source source) implements java.io.Serializable {

    public String getProgramme() {
        return programme;
    }

    public String getTable() {
        return table;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getRow() {
        return source.row();
    }
}
