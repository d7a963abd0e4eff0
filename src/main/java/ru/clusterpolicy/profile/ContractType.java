package ru.clusterpolicy.profile;

public enum ContractType {
    IMPORT_SUBSTITUTION_PROJECT, SUPPLY, PRODUCTION_SERVICES
}
