package ru.clusterpolicy.rules;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The last rule set that passed its checks, kept in the data folder (policy/VERSION/…, and the
 * file policy/LAST_KNOWN_GOOD naming the version): what the service falls back to when its home's
 * files fail at start-up. Written whole beside the old copy, then named in one atomic rename, so a
 * crash mid-write never leaves a half copy named.
 */
@Singleton
@Requires(notEnv = "cli")
public class LastKnownGood {
    private static final Logger LOG = LoggerFactory.getLogger(LastKnownGood.class);
    private static final String POINTER = "LAST_KNOWN_GOOD";
    private static final int KEPT = 3;

    private final Path folder;

    public LastKnownGood(@Value("${clusterpolicy.data:data}") String data) {
        this.folder = Path.of(data).resolve("policy");
    }

    /** Keeps the rule set's files as the last known good. */
    public void save(RuleSet ruleSet) {
        try {
            Path version = folder.resolve(ruleSet.version());
            if (!Files.isDirectory(version)) {
                Path incoming = Files.createDirectories(folder).resolve(".incoming-" + ruleSet.version());
                deleteTree(incoming);
                for (PolicySource.Entry entry : ruleSet.source().entries()) {
                    Path file = incoming.resolve(entry.path());
                    Files.createDirectories(file.getParent());
                    Files.write(file, entry.content());
                }
                Files.move(incoming, version, StandardCopyOption.ATOMIC_MOVE);
            }
            Path pointer = folder.resolve(POINTER + ".tmp");
            Files.writeString(pointer, ruleSet.version(), StandardCharsets.UTF_8);
            Files.move(pointer, folder.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune(ruleSet.version());
        } catch (IOException e) {
            // the service goes on serving; only the fallback for a later start is older
            LOG.warn("Could not keep rule set {} as the last known good in {}: {}", ruleSet.version(), folder, e.getMessage());
        }
    }

    /** The last known good rule set's files, if one was kept. */
    public Optional<PolicySource> source() {
        Path pointer = folder.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String version = Files.readString(pointer, StandardCharsets.UTF_8).trim();
            Path home = folder.resolve(version);
            if (!Files.isDirectory(home)) {
                return Optional.empty();
            }
            return Optional.of(PolicySource.of("last-known-good " + version, PolicySource.directory(home).entries()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The last known good rule set in {} cannot be read: {}", folder, e.getMessage());
            return Optional.empty();
        }
    }

    /** Older copies than the last few are removed. */
    private void prune(String keep) throws IOException {
        List<Path> versions = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).forEach(versions::add);
        }
        versions.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
        for (int i = KEPT; i < versions.size(); i++) {
            if (!versions.get(i).getFileName().toString().equals(keep)) {
                deleteTree(versions.get(i));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
