package ru.clusterpolicy.profile;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every field a profile may hold, as a JSON pointer with * for each list index
 * ("/participants/*&#47;kind"), read from the profile's records: what a rule set may name when it
 * says which input a finding lacks.
 */
public final class ProfileFields {
    private static final Set<String> PATTERNS = collect();

    private ProfileFields() {
    }

    public static Set<String> patterns() {
        return PATTERNS;
    }

    /** A pointer with its indices read as *: /participants/3/kind -> /participants/*&#47;kind. */
    public static String pattern(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    public static boolean exists(String pointer) {
        return PATTERNS.contains(pattern(pointer));
    }

    private static Set<String> collect() {
        Set<String> patterns = new TreeSet<>();
        walk(ProfileSchema.PROFILE, "", patterns);
        return Set.copyOf(patterns);
    }

    private static void walk(ProfileSchema.Shape shape, String at, Set<String> patterns) {
        if (!at.isEmpty()) {
            patterns.add(at);
        }
        if (shape instanceof ProfileSchema.ObjectShape object) {
            object.fields().values().forEach(field -> walk(field.shape(), at + "/" + field.name(), patterns));
        } else if (shape instanceof ProfileSchema.ListShape list) {
            walk(list.element(), at + "/*", patterns);
        }
    }
}
