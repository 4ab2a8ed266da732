package org.rendition.workflow.profile;

import org.rendition.workflow.WorkflowException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

/**
 * Checks that a configuration file only an administrator can change (roles, classification
 * scheme) really is one: owned by root or a named administrator, and writable by nobody else.
 * Otherwise any analyst could make themselves a supervisor.
 */
final class AdministeredFile {
    private AdministeredFile() {
    }

    static void check(Path file, Collection<String> administrators) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new WorkflowException("The configuration file " + file + " can be written by other accounts ("
                        + PosixFilePermissions.toString(permissions) + "), so it is not used. An administrator"
                        + " should run 'chmod go-w " + file + "'.");
            }
            String owner = Files.getOwner(file).getName();
            if (!owner.equals("root") && !administrators.contains(owner)) {
                throw new WorkflowException("The configuration file " + file + " belongs to '" + owner
                        + "', who is not an administrator, so it is not used. It must belong to root or to an"
                        + " administrator named in the roles file.");
            }
        } catch (IOException e) {
            throw new WorkflowException("Cannot check the configuration file " + file + ": " + e.getMessage() + ".",
                    e);
        }
    }

}
