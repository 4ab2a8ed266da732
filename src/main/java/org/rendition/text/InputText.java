package org.rendition.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns the bytes of a plain-text file into a string, refusing with a plain sentence what is
 * empty, binary or not UTF-8. Only UTF-8 is read for now; guessing other encodings would
 * silently garble text, so such files are refused with advice to re-save them.
 */
public final class InputText {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Binary formats show themselves early; like git, judge by the first 8,000 bytes. */
    private static final int SNIFF_LENGTH = 8_000;

    /**
     * Text rarely holds control characters beyond tab, line breaks and form feed; a file where
     * more than one byte in ten is one is almost surely not text.
     */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private InputText() {
    }

    /**
     * Decodes {@code bytes} as strict UTF-8, dropping a leading byte-order mark.
     *
     * @param sourceName how to name the input in messages, usually the file name
     * @throws InvalidInputException if the input is empty or blank, looks binary, or is not
     *     valid UTF-8 (the message gives the offset of the first bad byte, counted from 0)
     */
    public static String decode(byte[] bytes, String sourceName) throws InvalidInputException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourceName, "sourceName");
        if (startsWithUtf16Bom(bytes)) {
            // Its NUL bytes would otherwise get it called binary, which would mislead.
            throw new InvalidInputException(sourceName, InvalidInputException.Reason.NOT_UTF8,
                "'" + sourceName + "' is saved as UTF-16, not UTF-8. Save it as UTF-8 and try again.");
        }
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        // Binary comes first: a PDF or an image is also invalid UTF-8, but "binary" is the truth.
        if (looksBinary(bytes, start)) {
            throw new InvalidInputException(sourceName, InvalidInputException.Reason.BINARY,
                "'" + sourceName + "' looks like a binary file, not text. "
                    + "Choose a plain-text file saved as UTF-8.");
        }
        String text = strictUtf8(bytes, start, sourceName);
        if (text.isBlank()) {
            throw new InvalidInputException(sourceName, InvalidInputException.Reason.EMPTY,
                "'" + sourceName + "' is empty: there is nothing to translate.");
        }
        return text;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length
            && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static boolean startsWithUtf16Bom(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        for (byte b : bytes) {
            // UTF-8 text never needs a NUL; UTF-16 files and most binary formats are full of them.
            if (b == 0) {
                return true;
            }
        }
        int end = Math.min(bytes.length, start + SNIFF_LENGTH);
        int controls = 0;
        for (int i = start; i < end; i++) {
            if (isControl(bytes[i])) {
                controls++;
            }
        }
        return end > start && controls > MAX_CONTROL_SHARE * (end - start);
    }

    private static boolean isControl(byte b) {
        int value = b & 0xFF;
        boolean textControl = value == '\t' || value == '\n' || value == '\r' || value == '\f';
        return (value < 0x20 && !textControl) || value == 0x7F;
    }

    private static String strictUtf8(byte[] bytes, int start, String sourceName)
            throws InvalidInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // On an error the decoder stops with the buffer at the first bad byte.
            throw new InvalidInputException(sourceName, InvalidInputException.Reason.NOT_UTF8,
                "'" + sourceName + "' is not valid UTF-8 text (first bad byte at offset "
                    + in.position() + "). Save it as UTF-8 and try again.");
        }
        return out.flip().toString();
    }
}
