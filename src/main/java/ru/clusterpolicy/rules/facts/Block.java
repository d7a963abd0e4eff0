package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.i18n.Text;

import java.math.BigDecimal;

/** A block of indicators (A Participants, B Specialised organisation, …) and its maximum points. */
public record Block(String programme, String id, Text name, BigDecimal max) implements java.io.Serializable {

    public String getProgramme() {
        return programme;
    }

    public String getId() {
        return id;
    }

    public BigDecimal getMax() {
        return max;
    }
}
