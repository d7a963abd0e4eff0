package ru.clusterpolicy.profile;

import java.util.List;

/** The submitted profile cannot be evaluated; every violation found is listed. */
public class ProfileRejectedException extends RuntimeException {
    private final transient List<Violation> violations;

    public ProfileRejectedException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
