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

    /**
     * A programme of measures: NOT_ELIGIBLE when the gate is not met; INSUFFICIENT_DATA when the gate
     * is unknown or every measure the rules decide is UNKNOWN; ELIGIBLE when at least one is AVAILABLE.
     */
    static Verdict ofGateAndMeasures(Collection<Status> gate, Collection<String> decidedMeasures,
                                     Collection<Decision.MeasureDecision> measures) {
        Verdict gateVerdict = of(gate);
        if (gateVerdict != ELIGIBLE) {
            return gateVerdict;
        }
        if (measures.stream().anyMatch(m -> m.status().equals("AVAILABLE"))) {
            return ELIGIBLE;
        }
        boolean allUnknown = measures.stream().filter(m -> decidedMeasures.contains(m.measure()))
                .allMatch(m -> m.status().equals("UNKNOWN"));
        return allUnknown ? INSUFFICIENT_DATA : NOT_ELIGIBLE;
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
