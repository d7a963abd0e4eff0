package ru.clusterpolicy.records;

import java.util.Map;

/** The records on the embedded default: an H2 file database in the data folder, no set-up. */
class H2RecordsTest extends RecordsContract {
    @Override
    Map<String, Object> database() {
        return Map.of();
    }
}
