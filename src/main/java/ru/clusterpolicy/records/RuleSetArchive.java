package ru.clusterpolicy.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.ProfileHash;
import ru.clusterpolicy.rules.PolicySource;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every rule-set version that served, with all its files (content-addressed: a file unchanged
 * between versions is stored once), archived before its first recorded answer, so that a decision
 * can be reproduced with the very files that made it, whatever the policy home holds since.
 */
@Singleton
@Requires(notEnv = "cli")
public class RuleSetArchive {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetArchive.class);

    /** A file of an archived version: its path in the policy home and the SHA-256 of its bytes. */
    @io.micronaut.serde.annotation.Serdeable
    public record ManifestEntry(String path, String sha256) {
    }

    /** An archived version, with when it last answered a recorded decision. */
    @io.micronaut.serde.annotation.Serdeable
    public record Version(String version, String origin, Instant firstServed, Instant lastAnswered,
                          List<ManifestEntry> files) {
    }

    private final ArchivedRuleSets versions;
    private final ArchivedFiles files;
    private final RuleSetHolder holder;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Set<String> archived = ConcurrentHashMap.newKeySet();
    private final Object archiving = new Object();

    public RuleSetArchive(ArchivedRuleSets versions, ArchivedFiles files, RuleSetHolder holder,
                          TransactionOperations<Connection> transactions, Clock clock) {
        this.versions = versions;
        this.files = files;
        this.holder = holder;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The version serving at start-up is archived at once, so that the list shows it before any answer. */
    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        try {
            ensure(holder.current().version());
        } catch (RuntimeException e) {
            LOG.warn("The rule set in service could not be archived at start-up ({}); it is archived before its first recorded answer",
                    e.getMessage());
        }
    }

    /** Archives a version served lately unless it is archived already (its own transaction, committed on return). */
    public void ensure(String version) {
        if (archived.contains(version)) {
            return;
        }
        synchronized (archiving) {
            if (archived.contains(version)) {
                return;
            }
            try {
                transactions.executeWrite(status -> {
                    if (!versions.existsById(version)) {
                        RuleSet ruleSet = holder.served(version).orElseThrow(() -> new IllegalStateException(
                                "rule set " + version + " is neither archived nor served lately"));
                        store(ruleSet);
                    }
                    return null;
                });
            } catch (IllegalStateException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new RecordsUnavailableException(e);
            }
            archived.add(version);
        }
    }

    private void store(RuleSet ruleSet) {
        List<ManifestEntry> manifest = new ArrayList<>();
        for (PolicySource.Entry entry : ruleSet.source().entries()) {
            String sha256 = ProfileHash.of(entry.content());
            if (!files.existsById(sha256)) {
                files.save(new ArchivedFile(sha256, entry.content()));
            }
            manifest.add(new ManifestEntry(entry.path(), sha256));
        }
        versions.save(new ArchivedRuleSet(ruleSet.version(), ruleSet.source().origin(), clock.instant(), json(manifest)));
        LOG.info("Archived rule set {} ({} files)", ruleSet.version(), manifest.size());
    }

    public List<Version> list() {
        return readOnly(() -> versions.listOrderByFirstServed().stream().map(this::version).toList());
    }

    public Optional<Version> find(String version) {
        return readOnly(() -> versions.findById(version).map(this::version));
    }

    /** The archived files of a version, as a source to compile. */
    public Optional<PolicySource> source(String version) {
        return readOnly(() -> versions.findById(version).map(row -> {
            List<PolicySource.Entry> entries = new ArrayList<>();
            for (ManifestEntry entry : manifest(row)) {
                byte[] content = files.findById(entry.sha256())
                        .orElseThrow(() -> new ArchiveMissingException(version, entry.path())).content();
                entries.add(new PolicySource.Entry(entry.path(), content));
            }
            return PolicySource.of("archive:" + version, entries);
        }));
    }

    /** One file of an archived version, byte for byte. */
    public Optional<byte[]> file(String version, String path) {
        return readOnly(() -> versions.findById(version).flatMap(row -> manifest(row).stream()
                .filter(entry -> entry.path().equals(path)).findFirst()
                .flatMap(entry -> files.findById(entry.sha256())).map(ArchivedFile::content)));
    }

    private <T> T readOnly(java.util.function.Supplier<T> query) {
        try {
            return transactions.executeRead(status -> query.get());
        } catch (IllegalStateException | ArchiveMissingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RecordsUnavailableException(e);
        }
    }

    private Version version(ArchivedRuleSet row) {
        return new Version(row.version(), row.origin(), row.firstServed(), versions.lastAnswered(row.version()).orElse(null),
                manifest(row));
    }

    private static List<ManifestEntry> manifest(ArchivedRuleSet row) {
        try {
            return DecisionJson.MAPPER.readValue(row.files(), new TypeReference<List<ManifestEntry>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest of rule set " + row.version() + " does not read", e);
        }
    }

    private static String json(Object value) {
        try {
            return DecisionJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
