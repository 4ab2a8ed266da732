package org.rendition.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decodes what can be decoded of damaged base64, as mail clients show a truncated attachment:
 * characters outside the alphabet are skipped, decoding stops at the first padding, and a last
 * group too short to hold a byte is dropped.
 */
final class Base64Salvage {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Base64Salvage() {
    }

    static byte[] decode(byte[] encoded) {
        StringBuilder letters = new StringBuilder(encoded.length);
        for (byte b : encoded) {
            if (b == '=') {
                break;
            }
            if (ALPHABET.indexOf(b) >= 0) {
                letters.append((char) b);
            }
        }
        // Two or three letters of a last group still hold one or two whole bytes; one holds none.
        if (letters.length() % 4 == 1) {
            letters.setLength(letters.length() - 1);
        }
        while (letters.length() % 4 != 0) {
            letters.append('=');
        }
        return Base64.getDecoder().decode(letters.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
