package org.rendition.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.rendition.documents.ocr.OcrOptions;

/** Chooses the reader for a file by its extension, or by its first bytes when the extension is unknown. */
public final class DocumentReaders {
    private static final String READABLE = ".txt, .docx, .pdf, .html, .eml and scanned .png, .jpg and .tif";

    private static final List<ByteReader> READERS = readers(OcrOptions.DETECT);

    private DocumentReaders() {
    }

    /** The readers for every format Rendition reads. */
    public static List<DocumentReader> all() {
        return List.copyOf(READERS);
    }

    /**
     * The reader for {@code file}.
     *
     * @throws DocumentException when the file does not exist or is in no format Rendition reads
     */
    public static DocumentReader forFile(Path file) throws DocumentException {
        return forFile(file, READERS);
    }

    private static DocumentReader forFile(Path file, List<ByteReader> readers) throws DocumentException {
        Objects.requireNonNull(file, "file");
        String name = SourceFiles.nameOf(file);
        if (!Files.exists(file)) {
            throw new DocumentException("'" + name + "' does not exist (any more). Check the folder and choose it again.");
        }
        byte[] head = SourceFiles.head(file);
        for (ByteReader reader : readers) {
            if (reader.accepts(name, head)) {
                return reader;
            }
        }
        throw unsupported(name);
    }

    /**
     * Reads {@code file} once: the reader is chosen by its name and first bytes, the same bytes are
     * parsed, and their SHA-256 is kept on the document ({@link SourceDocument#contentHash()}), so
     * nothing reads the file again to recognise it later.
     */
    public static SourceDocument read(Path file) throws DocumentException {
        Objects.requireNonNull(file, "file");
        String name = SourceFiles.nameOf(file);
        byte[] bytes = SourceFiles.readAll(file);
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, SourceFiles.HEAD_LENGTH));
        for (ByteReader reader : READERS) {
            if (reader.accepts(name, head)) {
                return reader.readSafely(name, bytes).withContentHash(sha256(bytes));
            }
        }
        throw unsupported(name);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Reads {@code file}, reading scanned pages (images, PDF pages without text) by OCR with
     * {@code ocr}: in the language the user chose, or the script each page shows.
     */
    public static SourceDocument read(Path file, OcrOptions ocr) throws DocumentException {
        return forFile(file, readers(ocr)).read(file);
    }

    private static List<ByteReader> readers(OcrOptions ocr) {
        return List.of(new PlainTextReader(), new DocxReader(), new PdfReader(ocr), new HtmlReader(), new EmlReader(),
            new ImageReader(ocr));
    }

    static DocumentException unsupported(String name) {
        String extension = DocumentFormat.extensionOf(name);
        if (extension.isEmpty()) {
            return new DocumentException(DocumentException.Reason.UNSUPPORTED, "Rendition cannot open '" + name + "': it has no extension and is not in a "
                + "format Rendition recognises; it reads " + READABLE + " files.");
        }
        if (extension.equals("doc")) {
            return new DocumentException(DocumentException.Reason.UNSUPPORTED, "Rendition cannot open '.doc' files (Word 97-2003); save '" + name
                + "' as .docx in Word and open that. It reads " + READABLE + ".");
        }
        return new DocumentException(DocumentException.Reason.UNSUPPORTED, "Rendition cannot open '." + extension + "' files; it reads " + READABLE + ".");
    }
}
