package ru.clusterpolicy.records;

import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The records on PostgreSQL, the production option: the database named by
 * CLUSTERPOLICY_TEST_POSTGRES_URL (with _USER and _PASSWORD). CI sets it (.ci/run starts Debian's
 * postgresql), and there a missing database fails the test rather than skipping it.
 */
class PostgresRecordsTest extends RecordsContract {
    static final String URL = System.getenv("CLUSTERPOLICY_TEST_POSTGRES_URL");

    @Override
    @BeforeEach
    void start() throws Exception {
        if (URL == null && System.getenv("CI") != null) {
            fail("CI must run the records against PostgreSQL: set CLUSTERPOLICY_TEST_POSTGRES_URL");
        }
        assumeTrue(URL != null, "CLUSTERPOLICY_TEST_POSTGRES_URL is not set: PostgreSQL is tested in CI");
        super.start();
    }

    @Override
    Map<String, Object> database() {
        return Map.of("datasources.default.url", URL,
                "datasources.default.username", System.getenv().getOrDefault("CLUSTERPOLICY_TEST_POSTGRES_USER", "clusterpolicy"),
                "datasources.default.password", System.getenv().getOrDefault("CLUSTERPOLICY_TEST_POSTGRES_PASSWORD", "clusterpolicy"),
                "datasources.default.driver-class-name", "org.postgresql.Driver");
    }
}
