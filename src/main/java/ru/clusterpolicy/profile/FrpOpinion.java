package ru.clusterpolicy.profile;

public enum FrpOpinion {
    NONE, POSITIVE, NEGATIVE
}
