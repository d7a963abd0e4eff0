package ru.clusterpolicy.records;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** The decision records (PostgreSQL dialect: the embedded H2 runs in its PostgreSQL mode). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EvaluationRecords extends CrudRepository<EvaluationRecord, UUID> {

    long countByRuleSetVersion(String ruleSetVersion);
}
