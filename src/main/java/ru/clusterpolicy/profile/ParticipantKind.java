package ru.clusterpolicy.profile;

public enum ParticipantKind {
    INDUSTRIAL, RESEARCH, EDUCATION, INFRASTRUCTURE, FINANCIAL, PRODUCTION_SERVICES, PUBLIC_BODY, OTHER
}
