package ru.clusterpolicy.profile;

public enum SpecialTerritory {
    MONOTOWN, GEOSTRATEGIC, IPSER_REGION
}
