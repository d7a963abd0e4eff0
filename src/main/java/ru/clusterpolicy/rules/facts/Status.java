package ru.clusterpolicy.rules.facts;

/** The outcome of one criterion. */
public enum Status {
    MET, NOT_MET, UNKNOWN, NOT_APPLICABLE
}
