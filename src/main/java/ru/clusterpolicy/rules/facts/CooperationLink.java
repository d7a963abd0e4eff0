package ru.clusterpolicy.rules.facts;

/** A participant has a qualifying cooperation link (a contract, a joint project, a СПИК). */
public record CooperationLink(String participantId, String how) {
    public String getParticipantId() {
        return participantId;
    }
}
