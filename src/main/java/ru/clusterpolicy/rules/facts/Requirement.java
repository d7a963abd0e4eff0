package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.i18n.Message;

import java.time.LocalDate;

/**
 * One row of a programme's Criteria table: a criterion's requirement for one edition of the law,
 * with its texts (and, when the row gives them, how its observed value and its requirement are
 * shown to people: "6 промышленных предприятий", "не менее 10 промышленных предприятий").
 * Declared into a session by the row's own rule when its "applies when" condition holds; the
 * generic rules then compare it with its metric.
 */
public record Requirement(
        String criterion,
        String programme,
        Condition condition,
        String thresholdAsWritten,
        boolean binding,
        Status whenMissing,
        LocalDate from,
        LocalDate to,
        String appliesWhen,
        String legalRef,
        String verification,
        String note,
        Message text,
        Message gap,
        Message observedShown,
        Message requiredShown,
        Source source) implements java.io.Serializable {

    public String getCriterion() {
        return criterion;
    }

    public String getMetric() {
        return condition.metric();
    }

    /** The requirement as the table writes it, e.g. ">= 0.5" or "= yes". */
    public String describe() {
        return condition.operator().token() + " " + thresholdAsWritten;
    }

    /** In force on the date: on or after its start and, if it has an end, on or before it. */
    public boolean inForceAt(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
