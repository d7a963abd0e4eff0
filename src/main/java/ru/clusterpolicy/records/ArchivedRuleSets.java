package ru.clusterpolicy.records;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ArchivedRuleSets extends CrudRepository<ArchivedRuleSet, String> {

    List<ArchivedRuleSet> listOrderByFirstServed();

    /** When the version last answered a recorded decision. */
    @Query("SELECT MAX(evaluated_at) FROM evaluation_record WHERE rule_set_version = :version")
    Optional<Instant> lastAnswered(String version);
}
