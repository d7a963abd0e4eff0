package ru.clusterpolicy.profile;

public enum DeclaredScope {
    REGIONAL, INTERREGIONAL, NATIONAL
}
