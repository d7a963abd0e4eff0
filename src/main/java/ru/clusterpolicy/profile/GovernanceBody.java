package ru.clusterpolicy.profile;

public enum GovernanceBody {
    NONE, EXISTS, MEETS_2PLUS_PER_YEAR
}
