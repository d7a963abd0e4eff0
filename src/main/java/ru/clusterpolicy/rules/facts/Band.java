package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.Source;

import java.math.BigDecimal;

/**
 * A row of a Bands table: the points an indicator earns while its value lies in [lower, upper);
 * declared into a session when the indicator's metric falls in the band.
 */
public record Band(String programme, String indicator, String block, BigDecimal points, Text label, Condition lower, Condition upper,
                   Source source) implements java.io.Serializable {

    public String getProgramme() {
        return programme;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getBlock() {
        return block;
    }

    public BigDecimal getPoints() {
        return points;
    }
}
