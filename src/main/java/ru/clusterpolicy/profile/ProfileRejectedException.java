package ru.clusterpolicy.profile;

import java.util.List;

/** The submitted profile (or a part of one, such as a participants table) cannot be read; every violation is listed. */
public class ProfileRejectedException extends RuntimeException {
    private static final String PROFILE = "Invalid cluster profile";

    private final String title;
    private final transient List<Violation> violations;

    public ProfileRejectedException(String detail, List<Violation> violations) {
        this(PROFILE, detail, violations);
    }

    /** @param title what was refused, in a few words ("Invalid participants table") */
    public ProfileRejectedException(String title, String detail, List<Violation> violations) {
        super(detail);
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
