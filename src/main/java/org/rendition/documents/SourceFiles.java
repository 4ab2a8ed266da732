package org.rendition.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reading input files with a size limit, so a hostile file cannot exhaust memory at the door. */
final class SourceFiles {
    /** {@link ReadingLimits#MEGABYTES} in bytes. */
    static long maxBytes() {
        return ReadingLimits.MEGABYTES.value() * 1024 * 1024;
    }

    /** Enough for every magic number the readers look at. */
    static final int HEAD_LENGTH = 1024;

    private SourceFiles() {
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * The whole file, refusing what is missing, a folder or larger than {@link #maxBytes()}. The
     * size is counted while reading, not asked of the file system: a device or pipe such as
     * {@code /dev/zero} reports size 0 and never ends.
     */
    static byte[] readAll(Path file) throws DocumentException {
        String name = nameOf(file);
        try {
            if (Files.isDirectory(file)) {
                throw new DocumentException("'" + name + "' is a folder, not a document. Choose a file inside it.");
            }
            long size = Files.size(file);
            if (size > maxBytes()) {
                throw new DocumentException(DocumentException.Reason.TOO_LARGE, ReadingLimits.MEGABYTES.exceeded(name, "is " + megabytes(size) + " MB"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes() + 1));
                if (bytes.length > maxBytes()) {
                    throw new DocumentException(DocumentException.Reason.TOO_LARGE, ReadingLimits.MEGABYTES.exceeded(name, "does not end within "
                        + megabytes(maxBytes()) + " MB"));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException("'" + name + "' does not exist (any more). Check the folder and choose it again.", e);
        } catch (IOException e) {
            throw new DocumentException("'" + name + "' could not be read: " + e.getMessage()
                + ". Check that you may open it and try again.", e);
        }
    }

    /** The first {@link #HEAD_LENGTH} bytes, or fewer; empty when the file cannot be read. */
    static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_LENGTH);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
