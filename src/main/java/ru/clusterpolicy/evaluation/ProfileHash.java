package ru.clusterpolicy.evaluation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a submitted profile's bytes, recorded with its decision so the two can be matched later. */
public final class ProfileHash {
    private ProfileHash() {
    }

    public static String of(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
