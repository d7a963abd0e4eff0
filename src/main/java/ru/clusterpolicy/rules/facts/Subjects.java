package ru.clusterpolicy.rules.facts;

/** Keys naming whom a metric, finding or measure is about. */
public final class Subjects {
    public static final String PARTICIPANT = "participant:";
    public static final String PROJECT = "project:";

    private Subjects() {
    }

    public static String participant(String id) {
        return PARTICIPANT + id;
    }

    public static String project(String id) {
        return PROJECT + id;
    }
}
