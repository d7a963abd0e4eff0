package ru.clusterpolicy.rules.facts;

import java.time.LocalDate;

/** The evaluation itself: the date the rules are applied as of and what the profile reported. */
public final class Evaluation {
    private final LocalDate asOf;
    private final Integer reportingYear;
    private final boolean contractsReported;
    private final boolean projectsReported;
    private final java.util.Map<String, LocalDate> checked;

    /** @param checked when each dated reference table was last checked against its source */
    public Evaluation(LocalDate asOf, Integer reportingYear, boolean contractsReported, boolean projectsReported,
                      java.util.Map<String, LocalDate> checked) {
        this.asOf = asOf;
        this.reportingYear = reportingYear;
        this.contractsReported = contractsReported;
        this.projectsReported = projectsReported;
        this.checked = checked;
    }

    /** When a dated reference table (KeyRate, IpserRegions) was last checked; null when it does not say. */
    public LocalDate checkedOn(String table) {
        return checked.get(table);
    }

    /** Whether the evaluation date is past a dated table's last check: its data may be out of date on it. */
    public boolean pastCheckOf(String table) {
        LocalDate on = checked.get(table);
        return on != null && asOf.isAfter(on);
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
