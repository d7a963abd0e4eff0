package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.i18n.Message;
import ru.clusterpolicy.i18n.Text;

import java.math.BigDecimal;

/**
 * A scored indicator: its block, its maximum points, whether its input counts towards the data
 * completeness a level needs, where it comes from, and how to tell a reader to improve it
 * ({gap} is how far the value is from the next band).
 */
public record Indicator(String programme, String id, String block, Text name, BigDecimal max, boolean countsForCompleteness,
                        String reference, Message improve) implements java.io.Serializable {

    public String getProgramme() {
        return programme;
    }

    public String getId() {
        return id;
    }

    public boolean isCountsForCompleteness() {
        return countsForCompleteness;
    }
}
