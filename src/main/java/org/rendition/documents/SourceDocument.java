package org.rendition.documents;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rendition.text.Language;
import org.rendition.text.SentenceSegmenter;

/**
 * A document as a reader found it: its text as paragraph-level {@link DocumentBlock}s, what is
 * worth showing beside it ({@link #notes()}: e-mail headers, pages without text, the encoding a
 * text file was read in) and, for e-mail, its attachments. Which language it is in is not decided
 * here: the workflow detects or asks, then calls {@link #segments}. Immutable.
 */
public final class SourceDocument {
    private final String fileName;
    private final DocumentFormat format;
    private final List<DocumentBlock> blocks;
    private final List<String> notes;
    private final List<Attachment> attachments;
    private final Charset encoding;
    /** What the writers rebuild from: the file's bytes for DOCX and HTML, the decoded text for TXT. */
    private final byte[] original;
    /** SHA-256 of the file's bytes as read, when it was read from a file. */
    private final String contentHash;

    SourceDocument(String fileName, DocumentFormat format, List<DocumentBlock> blocks, List<String> notes,
                   List<Attachment> attachments, Charset encoding, byte[] original) {
        this(fileName, format, blocks, notes, attachments, encoding, original, null);
    }

    private SourceDocument(String fileName, DocumentFormat format, List<DocumentBlock> blocks, List<String> notes,
                   List<Attachment> attachments, Charset encoding, byte[] original, String contentHash) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.format = Objects.requireNonNull(format, "format");
        this.blocks = List.copyOf(blocks);
        this.notes = List.copyOf(notes);
        this.attachments = List.copyOf(attachments);
        this.encoding = encoding;
        this.original = original;
        this.contentHash = contentHash;
    }

    /** This document, known by the SHA-256 of the bytes it was read from. */
    SourceDocument withContentHash(String sha256) {
        return new SourceDocument(fileName, format, blocks, notes, attachments, encoding, original, sha256);
    }

    /**
     * SHA-256 of the bytes the document was read from, in hex: the same file at the same content
     * gives the same hash, so saved work can be matched to it. Empty for a document not read from
     * a file of its own (an attachment).
     */
    public Optional<String> contentHash() {
        return Optional.ofNullable(contentHash);
    }

    /** The file name, without folders, as shown to people and used in messages. */
    public String fileName() {
        return fileName;
    }

    public DocumentFormat format() {
        return format;
    }

    /** The text, paragraph by paragraph, in reading order. */
    public List<DocumentBlock> blocks() {
        return blocks;
    }

    /** Lines to show beside the text, untranslated: e-mail headers, attachments, warnings. */
    public List<String> notes() {
        return notes;
    }

    /** The attachments of an e-mail, in message order; empty for other formats. */
    public List<Attachment> attachments() {
        return attachments;
    }

    /** The character encoding a text was read in, where the file itself had one. */
    public Optional<Charset> encoding() {
        return Optional.ofNullable(encoding);
    }

    /** All the text, paragraphs separated by blank lines, for language detection. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (DocumentBlock block : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(block.text());
        }
        return text.toString();
    }

    /**
     * Cuts every block into sentences, and at line breaks and tabs. A segment's {@link Segment#paragraph()} is the
     * index of its block; indexes run from 0 over the whole document.
     */
    public List<Segment> segments(Language language, SentenceSegmenter segmenter) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(segmenter, "segmenter");
        List<Segment> segments = new ArrayList<>();
        for (int paragraph = 0; paragraph < blocks.size(); paragraph++) {
            // A line break or tab inside a paragraph (an address, a heading and its number) ends a
            // segment whatever the punctuation says; the writers put it back between the translations.
            for (String line : blocks.get(paragraph).text().split("[\\n\\t]")) {
                for (String piece : segmenter.split(line, language)) {
                    String sentence = piece.strip();
                    if (!sentence.isEmpty()) {
                        segments.add(Segment.untranslated(segments.size(), paragraph, sentence));
                    }
                }
            }
        }
        return List.copyOf(segments);
    }

    /** The bytes or text the writers rebuild the document from; empty where they need none. */
    Optional<byte[]> original() {
        return Optional.ofNullable(original);
    }

    @Override
    public String toString() {
        return format + " '" + fileName + "' (" + blocks.size() + " blocks)";
    }
}
