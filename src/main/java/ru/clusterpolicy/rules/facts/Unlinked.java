package ru.clusterpolicy.rules.facts;

/** A participant the cooperation requirement finds without a qualifying link. */
public record Unlinked(Participant participant) {
    public Participant getParticipant() {
        return participant;
    }
}
