package ru.clusterpolicy.records;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One file of an archived rule set, stored once by the SHA-256 of its bytes. */
@MappedEntity("policy_file")
public record ArchivedFile(@Id String sha256, byte[] content) {
}
