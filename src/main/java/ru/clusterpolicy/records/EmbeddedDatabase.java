package ru.clusterpolicy.records;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * The embedded default: without {@code DATASOURCES_DEFAULT_URL}, an H2 file database in the data
 * folder, created on first start, run in its PostgreSQL mode so that one set of migrations and
 * one SQL dialect serve both databases. WRITE_DELAY=0: a commit is written when it is made (H2
 * otherwise holds it up to half a second), so that a decision answered is on disk even if the process
 * is killed right after.
 */
@Singleton
class EmbeddedDatabase implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final String configuredUrl;
    private final Path data;

    EmbeddedDatabase(@Value("${datasources.default.url:}") String configuredUrl, @Value("${clusterpolicy.data:data}") String data) {
        this.configuredUrl = configuredUrl;
        this.data = Path.of(data).toAbsolutePath();
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (configuredUrl.isBlank() && "default".equals(configuration.getName())) {
            configuration.setUrl("jdbc:h2:file:" + data.resolve("records").toString().replace('\\', '/')
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
            configuration.setDriverClassName("org.h2.Driver");
            configuration.setUsername("sa");
            configuration.setPassword("");
        }
        return configuration;
    }
}
