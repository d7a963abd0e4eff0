package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.profile.ContractType;

/** A contract between two participants of the profile. */
public final class Contract {
    private final String from;
    private final String to;
    private final ContractType type;

    public Contract(String from, String to, ContractType type) {
        this.from = from;
        this.to = to;
        this.type = type;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public ContractType getType() {
        return type;
    }
}
