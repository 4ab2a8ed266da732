package org.rendition.memory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;

/**
 * The key under which an exact match is found: two sources are the same segment when they
 * are equal after NFC normalisation and collapsing runs of whitespace.
 */
public final class SourceKey {
    private SourceKey() {
    }

    public static String normalize(String source) {
        return Normalizer.normalize(source, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** 64 bits of SHA-256 over the normalised source. */
    public static long of(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalize(source).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
