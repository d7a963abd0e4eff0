package ru.clusterpolicy.rules.facts;

/** The result of comparing one requirement in force with its metric. */
public record Finding(Requirement requirement, Metric metric, Status status) {

    /** Compares; a metric with missing inputs gives the row's "when missing" status. */
    public static Finding of(Requirement requirement, Metric metric, Evaluation evaluation) {
        Status status = requirement.condition().test(metric, evaluation.getAsOf());
        if (status == Status.UNKNOWN && !metric.isKnown()) {
            status = requirement.whenMissing();
        }
        return new Finding(requirement, metric, status);
    }

    public String getCriterion() {
        return requirement.criterion();
    }

    public String getProgramme() {
        return requirement.programme();
    }

    public boolean isBinding() {
        return requirement.binding();
    }

    public Status getStatus() {
        return status;
    }

    /** Whom the finding is about (the metric's subject); null for the whole cluster. */
    public String getSubject() {
        return metric.getSubject();
    }
}
