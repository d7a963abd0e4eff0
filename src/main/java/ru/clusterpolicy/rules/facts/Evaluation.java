package ru.clusterpolicy.rules.facts;

import java.time.LocalDate;

/** The evaluation itself: the date the rules are applied as of and what the profile reported. */
public final class Evaluation {
    private final LocalDate asOf;
    private final Integer reportingYear;
    private final boolean contractsReported;
    private final boolean projectsReported;

    public Evaluation(LocalDate asOf, Integer reportingYear, boolean contractsReported, boolean projectsReported) {
        this.asOf = asOf;
        this.reportingYear = reportingYear;
        this.contractsReported = contractsReported;
        this.projectsReported = projectsReported;
    }

    /** False when the profile has no projects field at all. */
    public boolean isProjectsReported() {
        return projectsReported;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Integer getReportingYear() {
        return reportingYear;
    }

    /** False when the profile has no contracts field at all (not reported), true for an empty list. */
    public boolean isContractsReported() {
        return contractsReported;
    }

    /** For DRL: whether the evaluation date is on or after an ISO date, e.g. an edition's start. */
    public boolean onOrAfter(String isoDate) {
        return !asOf.isBefore(LocalDate.parse(isoDate));
    }
}
