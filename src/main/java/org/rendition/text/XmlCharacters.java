package org.rendition.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an XML file another tool wrote, decoded the way the XML specification says
 * (byte-order mark, then the declaration's {@code encoding}, else UTF-8), but forgiving bytes that
 * are not valid in that encoding: each is read as U+FFFD and counted, so the reader can say what
 * it repaired instead of refusing a memory of a million units for one stray Windows-1252 byte.
 * (The JDK's StAX parser, given the bytes, refuses the file and also prints "[Fatal Error]" to
 * standard error, which a command line cannot take back.)
 */
public final class XmlCharacters extends Reader {
    private static final int PROLOG_BYTES = 1024;
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer decoded = CharBuffer.allocate(1 << 16);
    private final String charset;
    private boolean ended;
    private long replaced;
    private int firstReplacedLine = -1;
    private int line = 1;

    private XmlCharacters(InputStream in, byte[] start, int length, Charset charset, int bom) {
        this.in = in;
        this.charset = charset.name();
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.put(start, bom, length - bom);
        bytes.flip();
        decoded.flip();
    }

    /** Reads the start of {@code in} to learn its encoding; the returned reader owns {@code in}. */
    public static XmlCharacters of(InputStream in) throws IOException {
        byte[] start = in.readNBytes(PROLOG_BYTES);
        int length = start.length;
        int bom = 0;
        Charset charset;
        if (startsWith(start, length, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(start, length, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (startsWith(start, length, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(start, length, 0x00, '<')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(start, length, '<', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(new String(start, 0, length, StandardCharsets.ISO_8859_1));
        }
        return new XmlCharacters(in, Arrays.copyOf(start, Math.max(length, 1)), length, charset, bom);
    }

    private static boolean startsWith(byte[] data, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The declaration's encoding when Java knows it; UTF-8 (XML's default) otherwise. */
    private static Charset declared(String prolog) {
        Matcher matcher = DECLARED.matcher(prolog);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset named = Charset.forName(matcher.group(1));
            // A declaration read through ISO-8859-1 can only be trusted for encodings that keep ASCII.
            return named.name().startsWith("UTF-16") || named.name().startsWith("UTF-32")
                ? StandardCharsets.UTF_8 : named;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** How many bytes were not valid in the file's encoding and were read as U+FFFD. */
    public long replaced() {
        return replaced;
    }

    /** The line of the first replaced byte, or -1 when none was. */
    public int firstReplacedLine() {
        return firstReplacedLine;
    }

    /** The encoding the file was read in. */
    public String charset() {
        return charset;
    }

    /**
     * One clause for a reader's warning about the first replaced line, or empty when nothing was
     * replaced.
     */
    public String repairNote() {
        if (replaced == 0) {
            return "";
        }
        return invalidBytes() + " read as \uFFFD (the first on this line)";
    }

    /** How many bytes were not valid, as a clause: "2 bytes not valid in UTF-8". */
    public String invalidBytes() {
        return replaced + (replaced == 1 ? " byte" : " bytes") + " not valid in " + charset;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!decoded.hasRemaining()) {
            if (ended && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int count = Math.min(length, decoded.remaining());
        decoded.get(target, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (target[i] == '\n') {
                line++;
            }
        }
        return count;
    }

    /** Decodes what is buffered, reading more bytes when the decoder needs them. */
    private void fill() throws IOException {
        decoded.clear();
        try {
            while (decoded.position() == 0) {
                if (!ended && bytes.remaining() < 16) {
                    readMore();
                }
                CoderResult result = decoder.decode(bytes, decoded, ended);
                if (result.isError()) {
                    skipBad(result.length());
                } else if (result.isUnderflow()) {
                    if (ended) {
                        decoder.flush(decoded);
                        return;
                    }
                    readMore();
                } else {
                    return;
                }
            }
        } finally {
            decoded.flip();
        }
    }

    private void skipBad(int length) {
        bytes.position(bytes.position() + length);
        decoded.put('\uFFFD');
        if (replaced == 0) {
            firstReplacedLine = line + countNewlines();
        }
        replaced += length;
    }

    /** Newlines already decoded into the buffer but not yet handed out. */
    private int countNewlines() {
        int newlines = 0;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                newlines++;
            }
        }
        return newlines;
    }

    private void readMore() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            ended = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
