package ru.clusterpolicy.rules;

import io.micronaut.serde.annotation.Serdeable;
import org.kie.api.KieBase;

import java.time.Instant;
import java.util.List;

/**
 * A loaded, compiled and checked rule set: immutable, shared by all evaluations.
 *
 * @param version a hash of the loaded files' paths and contents: the same files give the same version
 * @param source  the files it was built from, kept to archive them and to compare with a candidate
 */
public record RuleSet(String version, Instant loadedAt, String origin, List<PolicyFile> files,
                      KieBase kieBase, PolicyCatalog catalog, PolicySource source) {

    /** One loaded file and its content hash. */
    @Serdeable
    public record PolicyFile(String path, String sha256) {
    }

    /** Whether the DRL files (the rule set's code) are byte for byte those of another rule set. */
    public boolean sameCodeAs(RuleSet other) {
        return source.code().equals(other.source.code());
    }
}
