package ru.clusterpolicy.rules.facts;

import java.util.List;

/** A joint project of participants. */
public final class Project {
    private final String id;
    private final List<String> participantIds;
    private final Boolean importSubstitution;

    public Project(String id, List<String> participantIds, Boolean importSubstitution) {
        this.id = id;
        this.participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        this.importSubstitution = importSubstitution;
    }

    public String getId() {
        return id;
    }

    public List<String> getParticipantIds() {
        return participantIds;
    }

    public int getParticipantCount() {
        return (int) participantIds.stream().distinct().count();
    }

    public Boolean getImportSubstitution() {
        return importSubstitution;
    }
}
