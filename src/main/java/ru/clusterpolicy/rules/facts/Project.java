package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.profile.FrpOpinion;

import java.math.BigDecimal;
import java.util.List;

/** A joint project of participants, or an investment project (КИП). */
public final class Project {
    private final ru.clusterpolicy.profile.Project source;
    private final String pointer;
    private final List<String> participantIds;

    public Project(ru.clusterpolicy.profile.Project source, int index) {
        this.source = source;
        this.pointer = "/projects/" + index;
        this.participantIds = source.participantIds() == null ? List.of() : List.copyOf(source.participantIds());
    }

    public String getId() {
        return source.id();
    }

    /** The key metrics and measures about this project carry. */
    public String getSubject() {
        return Subjects.project(source.id());
    }

    /** JSON pointer of a field of this project, for "missing input" lists. */
    public String pointer(String field) {
        return pointer + "/" + field;
    }

    public List<String> getParticipantIds() {
        return participantIds;
    }

    public int getParticipantCount() {
        return (int) participantIds.stream().distinct().count();
    }

    public Boolean getImportSubstitution() {
        return source.importSubstitution();
    }

    public BigDecimal getCostRub() {
        return source.costRub();
    }

    public BigDecimal getLoanRub() {
        return source.loanRub();
    }

    public Boolean getPriorityProduct() {
        return source.priorityProduct();
    }

    /** Whether the Industrial Development Fund's opinion is positive; null when not given. */
    public Boolean getFrpOpinionPositive() {
        return source.frpOpinion() == null ? null : source.frpOpinion() == FrpOpinion.POSITIVE;
    }
}
