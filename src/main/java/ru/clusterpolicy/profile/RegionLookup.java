package ru.clusterpolicy.profile;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The regions a profile may name: by code (RU-TA), or, where a person types it, by name in either
 * language ("Республика Татарстан", "республика татарстан", "Republic of Tatarstan"; ё read as е).
 */
public final class RegionLookup {
    private final Map<String, String> codes;
    private final Map<String, String> byName;

    /** @param names each region's code with its names */
    public RegionLookup(Map<String, ? extends Iterable<String>> names) {
        this.codes = names.keySet().stream().collect(Collectors.toUnmodifiableMap(c -> c, c -> c));
        Map<String, String> named = new java.util.HashMap<>();
        names.forEach((code, all) -> all.forEach(name -> named.putIfAbsent(normal(name), code)));
        this.byName = Map.copyOf(named);
    }

    public boolean known(String code) {
        return codes.containsKey(code);
    }

    /** The code of a region given by its code or its name, if it is one of the known regions. */
    public Optional<String> resolve(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String trimmed = codeOrName.trim();
        if (codes.containsKey(trimmed)) {
            return Optional.of(trimmed);
        }
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (codes.containsKey(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(byName.get(normal(trimmed)));
    }

    private static String normal(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

}
