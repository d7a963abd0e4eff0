package ru.clusterpolicy.profile;

public enum ExcellenceLabel {
    NONE, BRONZE, SILVER, GOLD
}
