package org.rendition.engine.pack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes an imported pack readable by every account on the workstation (folders 755, files 644):
 * a pack is a shared, verified installation, and the staging folder it is built in is created
 * owner-only. Integrity does not rest on these permissions: every load hashes every file.
 */
final class ReadableByAll {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private ReadableByAll() {
    }

    /** Makes a pack folder (and everything in it), or one file of a pack, readable by every account. */
    static void apply(Path pack) throws IOException {
        if (!pack.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (Files.isRegularFile(pack, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(pack, FILE);
            return;
        }
        Files.setPosixFilePermissions(pack, FOLDER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(pack)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    apply(entry);
                } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(entry, FILE);
                }
            }
        }
    }
}
