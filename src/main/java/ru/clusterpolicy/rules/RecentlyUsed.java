package ru.clusterpolicy.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map that keeps the entries used last, at most so many (rule sets served or compiled lately). */
public final class RecentlyUsed {
    private RecentlyUsed() {
    }

    public static <K, V> Map<K, V> map(int most) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        });
    }
}
