package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.rules.facts.Status;

import java.util.Collection;

/** A programme's yes/no answer, from its binding criteria (api.md). */
public enum Verdict {
    ELIGIBLE, NOT_ELIGIBLE, INSUFFICIENT_DATA;

    /** ELIGIBLE only when every binding criterion is MET (or not applicable); NOT_ELIGIBLE when any is NOT_MET. */
    static Verdict of(Collection<Status> bindingStatuses) {
        if (bindingStatuses.contains(Status.NOT_MET)) {
            return NOT_ELIGIBLE;
        }
        if (bindingStatuses.contains(Status.UNKNOWN)) {
            return INSUFFICIENT_DATA;
        }
        return ELIGIBLE;
    }

    /** How the rows of one criterion combine (all must hold): the worst status wins. */
    static Status combine(Collection<Status> rows) {
        for (Status worst : new Status[]{Status.NOT_MET, Status.UNKNOWN, Status.MET}) {
            if (rows.contains(worst)) {
                return worst;
            }
        }
        return Status.NOT_APPLICABLE;
    }
}
