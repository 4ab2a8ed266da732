package org.rendition.documents;

import java.nio.file.Path;

/**
 * What the readers share: the choice by extension, then by magic bytes, and reading the whole
 * file within {@link ReadingLimits#MEGABYTES} before parsing it, so e-mail attachments, which arrive
 * as bytes, go through the same parsing as files.
 */
abstract class ByteReader implements DocumentReader {
    /**
     * Readers run here so that one stuck inside a parser (a regular expression or a structure
     * built to loop) is abandoned at {@link ReadingLimits#SECONDS} and the person gets a sentence;
     * a cached pool, because an e-mail's reader reads its attachments through it too.
     */
    private static final java.util.concurrent.ExecutorService READING =
        java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "rendition-reader");
            thread.setDaemon(true);
            return thread;
        });

    @Override
    public final boolean accepts(Path file, byte[] head) {
        return accepts(SourceFiles.nameOf(file), head);
    }

    /** {@link #accepts(Path, byte[])} for a file known only by name, such as an attachment. */
    final boolean accepts(String fileName, byte[] head) {
        String extension = DocumentFormat.extensionOf(fileName);
        return DocumentFormat.byExtension(extension)
            .map(named -> named == format())
            .orElseGet(() -> recognises(head));
    }

    @Override
    public final SourceDocument read(Path file) throws DocumentException {
        String name = SourceFiles.nameOf(file);
        return readSafely(name, SourceFiles.readAll(file));
    }

    /**
     * {@link #read(String, byte[])} with the errors no reader may let out turned into a
     * {@link DocumentException}: a file built to exhaust memory or the stack ends as a refusal
     * naming what ran out, never as an error that takes the workstation down.
     */
    final SourceDocument readSafely(String name, byte[] bytes) throws DocumentException {
        java.util.concurrent.Future<SourceDocument> reading = READING.submit(() -> readGuarded(name, bytes));
        try {
            return reading.get(ReadingLimits.SECONDS.value(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            reading.cancel(true);
            throw new DocumentException(DocumentException.Reason.TOO_LARGE,
                ReadingLimits.SECONDS.exceeded(name, "took too long to read"), e);
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentException(DocumentException.Reason.UNREADABLE, "Reading '" + name + "' was stopped.", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentException document) {
                throw document;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new DocumentException(DocumentException.Reason.DAMAGED, "'" + name + "' could not be read: "
                + cause.getMessage(), cause);
        }
    }

    private SourceDocument readGuarded(String name, byte[] bytes) throws DocumentException {
        try {
            return read(name, bytes);
        } catch (ReadingLimits.LimitExceeded e) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE, e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE, "'" + name + "' needs more memory than the " + maxMemoryMegabytes()
                + " MB Rendition may use to read it, so it was not opened; if the file is genuine, start Rendition "
                + "with more memory (java -Xmx4g, or a larger N in -XmxNg) and open it again.", e);
        } catch (StackOverflowError e) {
            throw new DocumentException(DocumentException.Reason.TOO_LARGE, "'" + name + "' nests its parts more deeply than Rendition can follow, so "
                + "it was not opened; if the file is genuine, start Rendition with a larger stack (java -Xss64m) "
                + "and open it again.", e);
        }
    }

    private static long maxMemoryMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** Whether the first bytes of a file show it is in this reader's format. */
    abstract boolean recognises(byte[] head);

    /** Parses a document held in memory; {@code name} names it in messages. */
    abstract SourceDocument read(String name, byte[] bytes) throws DocumentException;
}
