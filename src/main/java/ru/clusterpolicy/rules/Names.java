package ru.clusterpolicy.rules;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The existing names nearest to a misspelt one, for a policy author's "did you mean". */
public final class Names {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /** Up to three names within a few edits of the given one, nearest first. */
    public static List<String> nearest(String name, Collection<String> known) {
        int tolerance = Math.max(2, name.length() / 3);
        return known.stream()
                .filter(k -> DISTANCE.apply(name.toUpperCase(java.util.Locale.ROOT), k.toUpperCase(java.util.Locale.ROOT)) <= tolerance)
                .sorted(Comparator.comparingInt((String k) -> DISTANCE.apply(name, k)).thenComparing(k -> k))
                .limit(3).toList();
    }

    /** " (did you mean A, B?)", or nothing when no name is near. */
    /** The nearest names, joined, or "none": a problem's {nearest} value, which its sentence phrases as "did you mean". */
    public static String nearestOrNone(String name, Collection<String> known) {
        List<String> near = nearest(name, known);
        return near.isEmpty() ? "none" : String.join(", ", near);
    }
}
