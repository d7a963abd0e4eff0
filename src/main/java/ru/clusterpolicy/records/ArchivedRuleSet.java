package ru.clusterpolicy.records;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A rule-set version as archived before its first answer.
 *
 * @param files its manifest: [{path, sha256}] as JSON, the files themselves in {@link ArchivedFile}
 */
@MappedEntity("rule_set_version")
public record ArchivedRuleSet(@Id String version, String origin, Instant firstServed, String files) {
}
