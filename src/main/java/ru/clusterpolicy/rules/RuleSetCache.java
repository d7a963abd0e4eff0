package ru.clusterpolicy.rules;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

/**
 * A compiled rule set kept by its version (the hash of its files) and this build's identity: the
 * Drools module (a kjar with the executable model's classes, so nothing is compiled again) and
 * the tables as read (so no workbook is opened again). The shipped rule set is compiled at build
 * time into the jar (policy-cache/); an edited policy home is compiled once and kept in the data
 * folder. An entry written by another build or another Drools, for other files, or that does
 * not read back whole is ignored (and, in the data folder, deleted), never trusted.
 */
public final class RuleSetCache {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCache.class);
    private static final int MAGIC = 0x43505253; // "CPRS"
    private static final int FORMAT = 1;
    static final String PACKAGED_FOLDER = "policy-cache";
    private static final Properties BUILD = build();
    /** What a cached catalog may hold: the service's own records and the JDK's collections, nothing else. */
    private static final ObjectInputFilter ONLY_OURS = ObjectInputFilter.Config.createFilter(
            "ru.clusterpolicy.**;java.base/*;!*");

    /** No cache: every load compiles (the tests' fixture homes, a validate that must read everything). */
    public static final RuleSetCache NONE = new RuleSetCache(false, null);

    private static final LongAdder HITS = new LongAdder();
    private static final LongAdder MISSES = new LongAdder();

    private final boolean packaged;
    private final Path folder;

    private RuleSetCache(boolean packaged, Path folder) {
        this.packaged = packaged;
        this.folder = folder;
    }

    /** The jar's precompiled rule set, then the given folder, where new entries are written. */
    public static RuleSetCache in(Path folder) {
        return new RuleSetCache(true, folder);
    }

    /** The jar's precompiled rule set only. */
    public static RuleSetCache packaged() {
        return new RuleSetCache(true, null);
    }

    /** A compiled rule set read back: the Drools base and the tables' catalog. */
    record Hit(KieBase kieBase, PolicyCatalog catalog, byte[] kjar) {
    }

    static String key(String version) {
        return version + "-" + BUILD.getProperty("build", "dev").replaceAll("[^A-Za-z0-9.-]", "");
    }

    private static Properties build() {
        Properties properties = new Properties();
        try (InputStream in = RuleSetCache.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Loads answered from a compiled rule set, and loads that had to compile, in this process. */
    public static long hits() {
        return HITS.sum();
    }

    public static long misses() {
        return MISSES.sum();
    }

    Optional<Hit> read(String version) {
        if (!packaged && folder == null) {
            return Optional.empty();
        }
        Optional<Hit> hit = lookUp(version);
        (hit.isPresent() ? HITS : MISSES).increment();
        return hit;
    }

    private Optional<Hit> lookUp(String version) {
        String name = key(version) + ".ruleset";
        if (packaged) {
            try (InputStream in = RuleSetCache.class.getResourceAsStream("/" + PACKAGED_FOLDER + "/" + name)) {
                if (in != null) {
                    Optional<Hit> hit = decode(in.readAllBytes(), version, "classpath:" + PACKAGED_FOLDER + "/" + name);
                    if (hit.isPresent()) {
                        return hit;
                    }
                }
            } catch (IOException e) {
                LOG.warn("The packaged compiled rule set {} cannot be read ({}): compiling instead", name, e.toString());
            }
        }
        if (folder == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Optional<Hit> hit = decode(Files.readAllBytes(file), version, file.toString());
            if (hit.isEmpty()) {
                Files.deleteIfExists(file);
            }
            return hit;
        } catch (IOException e) {
            LOG.warn("The compiled rule set {} cannot be read ({}): compiling instead", file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps a compiled rule set in the folder (written aside, then moved in whole). */
    void write(String version, byte[] kjar, PolicyCatalog catalog) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(key(version) + ".ruleset");
            Path partial = Files.createTempFile(folder, "partial-", ".tmp");
            Files.write(partial, encode(version, kjar, catalog));
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(file);
        } catch (IOException | UncheckedIOException e) {
            // a cache that cannot be written costs a compile next time, nothing else
            LOG.warn("The compiled rule set could not be kept in {} ({})", folder, e.toString());
        }
    }

    /** Keeps the newest few entries: an author's drafts come and go. */
    private void prune(Path kept) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".ruleset") && !f.equals(kept)).forEach(entries::add);
        }
        entries.sort((a, b) -> Long.compare(b.toFile().lastModified(), a.toFile().lastModified()));
        for (Path old : entries.subList(Math.min(entries.size(), 4), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    static byte[] encode(String version, byte[] kjar, PolicyCatalog catalog) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(BUILD.getProperty("build", "dev"));
            out.writeUTF(BUILD.getProperty("drools", ""));
            out.writeUTF(version);
            out.writeInt(kjar.length);
            out.write(kjar);
            try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(catalog);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry, if it is this build's, for these files, and reads back whole; else empty, and why is logged. */
    private static Optional<Hit> decode(byte[] content, String version, String where) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                LOG.warn("Ignoring {}: not a compiled rule set of this format", where);
                return Optional.empty();
            }
            String build = in.readUTF();
            String drools = in.readUTF();
            String forVersion = in.readUTF();
            if (!build.equals(BUILD.getProperty("build", "dev")) || !drools.equals(BUILD.getProperty("drools", ""))
                    || !forVersion.equals(version)) {
                LOG.info("Ignoring {}: written by build {} (Drools {}) for rule set {}", where, build, drools, forVersion);
                return Optional.empty();
            }
            byte[] kjar = new byte[in.readInt()];
            in.readFully(kjar);
            PolicyCatalog catalog;
            try (ObjectInputStream objects = new ObjectInputStream(in)) {
                objects.setObjectInputFilter(ONLY_OURS);
                catalog = (PolicyCatalog) objects.readObject();
            }
            return Optional.of(new Hit(kieBase(kjar), catalog, kjar));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("Ignoring {}: it does not read back whole ({})", where, e.toString());
            return Optional.empty();
        }
    }

    /** A Drools base from a compiled module's bytes: its classes are loaded, not compiled. */
    static KieBase kieBase(byte[] kjar) {
        KieServices services = KieServices.Factory.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newByteArrayResource(kjar));
        try {
            return services.newKieContainer(module.getReleaseId()).getKieBase();
        } finally {
            services.getRepository().removeKieModule(module.getReleaseId());
        }
    }

    /** Writes the shipped rule set's compiled form into the build's classes (run by Maven at prepare-package). */
    public static void main(String[] args) {
        Path classes = Path.of(args[0]);
        PolicySource source = PolicySource.packaged();
        RuleSetCache into = new RuleSetCache(false, classes.resolve(PACKAGED_FOLDER));
        new RuleSetLoader(java.time.Clock.systemUTC(), into).load(source);
        System.out.println("compiled rule set " + RuleSetLoader.version(source) + " into " + classes.resolve(PACKAGED_FOLDER));
    }
}
