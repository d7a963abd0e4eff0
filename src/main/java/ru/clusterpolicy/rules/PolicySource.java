package ru.clusterpolicy.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a rule set is read from: a policy home on disk (a folder holding {@code rules/} and
 * {@code decision-tables/}) or the copy of the repository's rule set packed into the jar.
 */
public final class PolicySource {

    public static final String RULES = "rules";
    public static final String TABLES = "decision-tables";
    private static final String CLASSPATH_ROOT = "policy";

    /** A file of the rule set: its path relative to the policy home, and its bytes. */
    public record Entry(String path, byte[] content) {
    }

    private final String origin;
    private final List<Entry> entries;

    private PolicySource(String origin, List<Entry> entries) {
        this.origin = origin;
        this.entries = List.copyOf(entries);
    }

    public String origin() {
        return origin;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The DRL files (the rule set's code, as opposed to its tables), by path with their SHA-256. */
    public java.util.Map<String, String> code() {
        java.util.Map<String, String> code = new java.util.TreeMap<>();
        entries.stream().filter(e -> e.path().endsWith(".drl"))
                .forEach(e -> code.put(e.path(), java.util.HexFormat.of().formatHex(sha256(e.content()))));
        return code;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source of the given files (the last-known-good copy, an archived version). */
    public static PolicySource of(String origin, List<Entry> entries) {
        return new PolicySource(origin, entries);
    }

    public static PolicySource directory(Path home) {
        if (!Files.isDirectory(home)) {
            throw new PolicyLoadException(List.of(PolicyProblem.inFile(home.toString(), "file.notFolder")));
        }
        return new PolicySource(home.toAbsolutePath().toString(), read(home));
    }

    /** The rule set packed into the application (the repository's rules/ and decision-tables/). */
    public static PolicySource packaged() {
        return inPackage(root -> new PolicySource("classpath:" + CLASSPATH_ROOT, read(root)));
    }

    /** The example profiles packed with it (examples/*.json without their expected decisions), for warming up. */
    public static List<byte[]> packagedExamples() {
        return inPackage(root -> readFolder(root, "examples", ".json").stream()
                .filter(e -> !e.path().endsWith(".expected.json")).map(Entry::content).toList());
    }

    private static <T> T inPackage(java.util.function.Function<Path, T> reader) {
        URL url = PolicySource.class.getClassLoader().getResource(CLASSPATH_ROOT + "/" + TABLES);
        if (url == null) {
            throw new PolicyLoadException(List.of(PolicyProblem.inFile("classpath:" + CLASSPATH_ROOT, "file.notPacked")));
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return reader.apply(Path.of(uri).getParent());
            }
            try (FileSystem jar = openJar(uri)) {
                return reader.apply(jar.getPath("/" + CLASSPATH_ROOT));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the packaged rule set", e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.newFileSystem(Path.of(FileSystems.getFileSystem(uri).toString()));
        }
    }

    private static List<Entry> read(Path home) {
        List<Entry> entries = new ArrayList<>();
        entries.addAll(readFolder(home, RULES, ".drl"));
        entries.addAll(readFolder(home, TABLES, ".xlsx"));
        return entries;
    }

    private static List<Entry> readFolder(Path home, String folder, String extension) {
        Path dir = home.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extension))
                    // spreadsheet programs leave ~$name.xlsx lock files beside an open workbook
                    .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new Entry(folder + "/" + p.getFileName(), readAll(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
