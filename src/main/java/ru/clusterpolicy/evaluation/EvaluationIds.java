package ru.clusterpolicy.evaluation;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for evaluations, drawn from a generator of each thread's own: an id
 * must not be guessable (a record is found again by it), and {@code UUID.randomUUID()} shares one
 * JVM-wide generator whose lock makes concurrent requests wait on each other.
 */
final class EvaluationIds {
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(EvaluationIds::generator);

    private EvaluationIds() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);  // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);  // IETF variant
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low).toString();
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
