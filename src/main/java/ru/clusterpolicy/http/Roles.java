package ru.clusterpolicy.http;

/** The roles of Micronaut Security's users: who may read stored inputs, who may change the policy in service. */
final class Roles {
    /** reads stored decisions and their inputs, replays and rechecks them */
    static final String REVIEWER = "REVIEWER";
    /** reloads the rule set and reads the policy page */
    static final String POLICY_ADMIN = "POLICY_ADMIN";

    private Roles() {
    }
}
