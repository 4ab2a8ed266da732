package org.rendition.documents;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.rendition.text.InputText;
import org.rendition.text.InvalidInputException;

/**
 * Reads plain text in whatever encoding it was saved in: a byte-order mark decides first, then
 * strict UTF-8, then ICU's statistical detector, which tells windows-1251 from KOI8-R, and
 * recognises windows-1256, GB18030 and UTF-16 without a mark. Each line with text is a block.
 */
public final class PlainTextReader extends ByteReader {
    /**
     * ICU's confidence runs from 0 to 100; below 10 its best guess is hardly better than any
     * other, and a wrong guess garbles every line, so such files are refused instead.
     */
    private static final int MIN_CONFIDENCE = 10;

    /**
     * UTF-16 without a byte-order mark: NUL high bytes (spaces, digits, Latin letters) in at
     * least this share of the pairs, and nearly all high bytes among three values.
     */
    private static final double UTF16_MIN_NUL_SHARE = 0.05;
    private static final double UTF16_TOP_HIGH_BYTES_SHARE = 0.9;
    private static final int UTF16_SNIFF_LENGTH = 4096;

    /** Text as decoded, with the encoding it was read in and whether that was a guess. */
    record DecodedText(String text, Charset charset, boolean detected) {
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.TXT;
    }

    /** Text has no magic number: only a known extension makes a file plain text. */
    @Override
    boolean recognises(byte[] head) {
        return false;
    }

    /**
     * Reads {@code file} in an encoding the user chose, for when detection guessed wrong.
     * Bytes that are not valid in {@code charset} become U+FFFD.
     */
    public SourceDocument read(Path file, Charset charset) throws DocumentException {
        Objects.requireNonNull(charset, "charset");
        String name = SourceFiles.nameOf(file);
        byte[] bytes = SourceFiles.readAll(file);
        String text = new String(bytes, charset);
        requireText(text, name);
        return document(name, new DecodedText(stripBom(text), charset, false));
    }

    @Override
    SourceDocument read(String name, byte[] bytes) throws DocumentException {
        return document(name, decode(bytes, null, name));
    }

    /** Reads text whose container (an e-mail part) declares its encoding; may be null. */
    SourceDocument read(String name, byte[] bytes, String declaredCharset) throws DocumentException {
        return document(name, decode(bytes, declaredCharset, name));
    }

    private static SourceDocument document(String name, DecodedText decoded) {
        List<String> notes = decoded.detected()
            ? List.of("Read as " + decoded.charset().name() + " (detected; the file is not UTF-8).")
            : List.of();
        return new SourceDocument(name, DocumentFormat.TXT, TextLines.blocks(decoded.text()), notes, List.of(),
            decoded.charset(), decoded.text().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text of a file in whatever encoding it was saved (a byte-order mark, UTF-8, UTF-16, or
     * a legacy code page recognised from its bytes), for importers of text formats such as CSV.
     *
     * @throws DocumentException in one sentence, when it is empty, binary or of no known encoding
     */
    public static String text(byte[] bytes, String name) throws DocumentException {
        return decode(bytes, null, name).text();
    }

    /**
     * Decodes text bytes. {@code declared} is an encoding the container named (an e-mail part's
     * charset), trusted when the bytes are valid in it; may be null.
     */
    static DecodedText decode(byte[] bytes, String declared, String name) throws DocumentException {
        if (bytes.length == 0) {
            throw empty(name);
        }
        Charset fromBom = byteOrderMark(bytes);
        if (fromBom != null) {
            String text = stripBom(new String(bytes, fromBom));
            requireText(text, name);
            return new DecodedText(text, fromBom, false);
        }
        Charset declaredCharset = supported(declared);
        if (declaredCharset != null) {
            String text = strictly(bytes, declaredCharset);
            if (text != null) {
                requireText(text, name);
                return new DecodedText(text, declaredCharset, false);
            }
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            String text = new String(bytes, utf16);
            requireText(text, name);
            return new DecodedText(text, utf16, true);
        }
        try {
            return new DecodedText(InputText.decode(bytes, name), StandardCharsets.UTF_8, false);
        } catch (InvalidInputException e) {
            switch (e.reason()) {
                case EMPTY:
                    throw empty(name);
                case BINARY:
                    throw new DocumentException(DocumentException.Reason.UNSUPPORTED, "'" + name + "' looks like a binary file, not text. "
                        + "Check that it is the file you meant to open.", e);
                default:
                    return detect(bytes, name);
            }
        }
    }

    private static DecodedText detect(byte[] bytes, String name) throws DocumentException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        boolean latinMisread = false;
        // Where ICU's best guess read a code page of another script as accented Latin, its true
        // encoding is among the guesses it was less sure of, so the second pass takes any.
        for (int floor : new int[] {MIN_CONFIDENCE, 1}) {
            for (CharsetMatch match : matches) {
                Charset charset = supported(match.getName());
                // UTF-16 and UTF-32 were ruled out above, by their marks and by their NULs; ICU guesses
                // them at low confidence for any text.
                if (charset == null || match.getConfidence() < floor || match.getName().startsWith("UTF-")) {
                    continue;
                }
                String text = new String(bytes, charset);
                if (accentedLatinWords(text)) {
                    latinMisread = true;
                    continue;
                }
                requireText(text, name);
                return new DecodedText(text, charset, true);
            }
            if (!latinMisread) {
                break;
            }
        }
        throw new DocumentException("'" + name + "' is not UTF-8 and its encoding could not be recognised. "
            + "Save it as UTF-8 and open it again.");
    }

    /**
     * Whether most words with letters beyond ASCII consist of accented Latin letters alone
     * ({@code øòàá îêðóãà}): a Cyrillic or Greek code page read as Latin-1, which ICU ranks first
     * when much of the text is English (a two-column glossary). No Latin-script language writes
     * its words that way.
     */
    private static boolean accentedLatinWords(String text) {
        int wordsBeyondAscii = 0;
        int accentedOnly = 0;
        int at = 0;
        while (at < text.length()) {
            if (!Character.isLetter(text.charAt(at))) {
                at++;
                continue;
            }
            int start = at;
            boolean beyondAscii = false;
            boolean allAccentedLatin = true;
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                char c = text.charAt(at++);
                beyondAscii |= c > 0x7F;
                allAccentedLatin &= c > 0x7F && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            }
            if (beyondAscii) {
                wordsBeyondAscii++;
                accentedOnly += allAccentedLatin && at - start >= 2 ? 1 : 0;
            }
        }
        return accentedOnly * 2 > wordsBeyondAscii;
    }

    private static Charset byteOrderMark(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        int b2 = b.length > 2 ? b[2] & 0xFF : -1;
        int b3 = b.length > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return supported("UTF-32LE");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return supported("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Charset utf16WithoutMark(byte[] bytes) {
        int length = Math.min(bytes.length, UTF16_SNIFF_LENGTH) & ~1;
        if (length < 4) {
            return null;
        }
        if (highBytesOfOneScript(bytes, 1, length) && nulCount(bytes, 0, length) == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (highBytesOfOneScript(bytes, 0, length) && nulCount(bytes, 1, length) == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Text in one script written as UTF-16 has only a few distinct high bytes (0x00 for spaces
     * and digits, 0x04 for Cyrillic, 0x06 for Arabic), NUL among them; binary data has many, and
     * NULs on both sides of each pair.
     */
    private static boolean highBytesOfOneScript(byte[] bytes, int offset, int length) {
        int[] counts = new int[256];
        for (int i = offset; i < length; i += 2) {
            counts[bytes[i] & 0xFF]++;
        }
        int pairs = length / 2;
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        int topThree = sorted[255] + sorted[254] + sorted[253];
        return counts[0] >= UTF16_MIN_NUL_SHARE * pairs && topThree >= UTF16_TOP_HIGH_BYTES_SHARE * pairs;
    }

    private static int nulCount(byte[] bytes, int offset, int length) {
        int nuls = 0;
        for (int i = offset; i < length; i += 2) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        return nuls;
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void requireText(String text, String name) throws DocumentException {
        if (text.isBlank()) {
            throw empty(name);
        }
    }

    private static DocumentException empty(String name) {
        return new DocumentException(DocumentException.Reason.NO_TEXT, "'" + name + "' is empty: there is nothing to translate.");
    }
}
