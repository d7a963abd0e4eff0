package ru.clusterpolicy.profile;

import ru.clusterpolicy.i18n.Language;

import java.util.List;
import java.util.Map;

/**
 * The submitted profile (or a part of one, such as a participants table) cannot be read; every
 * violation is listed, up to the reader's limit ({@link #truncated()} says it stopped counting).
 */
public class ProfileRejectedException extends RuntimeException {

    /** What was refused: its title's key in errors.properties. */
    public enum Subject {
        PROFILE("title.profile"), TABLE("title.table"), REQUEST("title.request");

        private final String title;

        Subject(String title) {
            this.title = title;
        }
    }

    private final Subject subject;
    private final transient List<Violation> violations;
    private final boolean truncated;

    public ProfileRejectedException(Subject subject, List<Violation> violations, boolean truncated) {
        super(subject.name() + ": " + violations.stream().map(v -> v.pointer() + " " + v.message(Language.EN)).toList());
        this.subject = subject;
        this.violations = List.copyOf(violations);
        this.truncated = truncated;
    }

    public ProfileRejectedException(Subject subject, List<Violation> violations) {
        this(subject, violations, false);
    }

    public static ProfileRejectedException of(Subject subject, String pointer, String code, Map<String, ?> arguments) {
        return new ProfileRejectedException(subject, List.of(new Violation(pointer, code, arguments)));
    }

    public Subject subject() {
        return subject;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** True when more errors were found than are listed. */
    public boolean truncated() {
        return truncated;
    }

    public String title(Language language) {
        return Violation.ERRORS.format(language, subject.title, Map.of());
    }

    /** One sentence for the whole: how many errors, and whether the list stops short. */
    public String detail(Language language) {
        return Violation.ERRORS.format(language, truncated ? "detail.truncated" : "detail.count",
                Map.of("count", violations.size()));
    }
}
