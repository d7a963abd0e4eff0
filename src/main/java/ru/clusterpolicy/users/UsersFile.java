package ru.clusterpolicy.users;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The embedded default's users: one line each, {@code name:ROLE,ROLE:pbkdf2-sha256:iterations:salt:hash}
 * (PBKDF2 with HMAC-SHA-256 from the JDK, a random 16-byte salt; never the password itself). Lines
 * starting with # are comments. Production signs people in with an identity provider's JWTs instead.
 */
public final class UsersFile {

    /** A user: name, roles, and the password's derived hash. */
    public record User(String name, Set<String> roles, String hash) {
    }

    public static final Set<String> ROLES = Set.of("REVIEWER", "POLICY_ADMIN");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    public UsersFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    public Map<String, User> read() {
        Map<String, User> users = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return users;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":", 3);
                if (parts.length == 3) {
                    users.put(parts[0], new User(parts[0], Set.of(parts[1].split(",")), parts[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return users;
    }

    /** The user if the password is theirs. */
    public Optional<User> check(String name, String password) {
        User user = read().get(name);
        if (user == null || password == null) {
            return Optional.empty();
        }
        String[] hash = user.hash().split(":");
        if (hash.length != 4 || !SCHEME.equals(hash[0])) {
            return Optional.empty();
        }
        byte[] expected = Base64.getDecoder().decode(hash[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(hash[2]), Integer.parseInt(hash[1]));
        return MessageDigest.isEqual(expected, actual) ? Optional.of(user) : Optional.empty();
    }

    /** Adds or replaces a user (the file written aside, then moved in whole, readable by its owner only where it can be). */
    public void put(String name, Set<String> roles, char[] password) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(name);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String hash = String.join(":", SCHEME, String.valueOf(ITERATIONS), Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(new String(password), salt, ITERATIONS)));
        Map<String, User> users = read();
        users.put(name, new User(name, Set.copyOf(roles), hash));
        List<String> lines = new ArrayList<>();
        lines.add("# ClusterPolicy users: name:roles:pbkdf2-sha256:iterations:salt:hash (written by `user add`)");
        users.values().forEach(u -> lines.add(u.name() + ":" + String.join(",", new java.util.TreeSet<>(u.roles())) + ":" + u.hash()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "users-", ".tmp");
            Files.write(partial, lines, StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
