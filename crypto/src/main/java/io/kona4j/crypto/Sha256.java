package io.kona4j.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 from the JDK. */
public final class Sha256 {
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    });

    private Sha256() {}

    public static byte[] digest(byte[] input) {
        return digest(input, 0, input.length);
    }

    public static byte[] digest(byte[] input, int offset, int length) {
        MessageDigest md = DIGEST.get();
        md.reset();
        md.update(input, offset, length);
        return md.digest();
    }
}
