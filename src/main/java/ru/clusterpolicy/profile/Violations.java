package ru.clusterpolicy.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The errors found in one input, up to a limit: past it, counting stops (and the answer says so),
 * so that a profile with a million bad fields costs no more to refuse than one with a hundred.
 */
final class Violations {
    private final int limit;
    private final List<Violation> found = new ArrayList<>();
    private boolean truncated;

    Violations(int limit) {
        this.limit = limit;
    }

    void add(String pointer, String code, Map<String, ?> arguments) {
        add(new Violation(pointer, code, arguments));
    }

    void add(Violation violation) {
        if (found.size() < limit) {
            found.add(violation);
        } else {
            truncated = true;
        }
    }

    /** One more than the limit was found: nothing more will be listed, and the walk may stop. */
    boolean full() {
        return truncated;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Violation> list() {
        return found;
    }

    boolean truncated() {
        return truncated;
    }
}
