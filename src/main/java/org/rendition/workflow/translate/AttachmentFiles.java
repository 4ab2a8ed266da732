package org.rendition.workflow.translate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.rendition.documents.Attachment;
import org.rendition.documents.DocumentException;
import org.rendition.documents.DocumentReaders;
import org.rendition.documents.SourceDocument;
import org.rendition.workflow.WorkflowException;

/**
 * An e-mail's attachments as files of their own, so an attachment is opened, translated, saved
 * and reviewed through the same path as any document the analyst opens (one path: a document is
 * a file). The analyst chooses where the file goes, as a mail client's "Save attachment" does;
 * the name is the sender's, made safe to be a file name.
 */
final class AttachmentFiles {
    private AttachmentFiles() {
    }

    /**
     * Writes attachment {@code number} of {@code email} to {@code target} (a new file; an existing one
     * is not overwritten) and returns it.
     *
     * @throws WorkflowException when there is no such attachment, Rendition cannot read it, or the
     *     file cannot be written
     */
    static Path save(List<Attachment> email, String emailName, int number, Path target) {
        Attachment attachment = translatable(email, emailName, number);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                out.write(attachment.content());
            }
            return target;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new WorkflowException("'" + target + "' already exists; choose another name for the attachment.", e);
        } catch (IOException e) {
            throw new WorkflowException("The attachment '" + attachment.name() + "' could not be saved to '" + target
                + "': " + e.getMessage() + ".", e);
        }
    }

    /** The sender's file name for attachment {@code number}, safe as the last element of a path. */
    static String safeName(List<Attachment> email, String emailName, int number) {
        String name = translatable(email, emailName, number).name().replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "attachment-" + number : name;
    }

    /**
     * Reads the e-mail {@code email} and saves its attachment {@code number} in {@code folder} under
     * the sender's name: the command line's way to translate an attachment.
     */
    static Path extract(Path email, int number, Path folder) {
        try {
            SourceDocument message = DocumentReaders.read(email);
            String name = String.valueOf(email.getFileName());
            return save(message.attachments(), name, number, folder.resolve(safeName(message.attachments(), name, number)));
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /**
     * Reads the e-mail {@code email} once and saves every attachment Rendition can translate into
     * {@code folder}, under the sender's names (a name used twice gets its number in front).
     *
     * @return the saved files, in the message's order; empty for an e-mail without such attachments
     */
    static List<Path> extractAll(Path email, Path folder) {
        try {
            SourceDocument message = DocumentReaders.read(email);
            String name = String.valueOf(email.getFileName());
            List<Path> saved = new java.util.ArrayList<>();
            java.util.Set<String> used = new java.util.HashSet<>();
            for (int number = 1; number <= message.attachments().size(); number++) {
                if (!message.attachments().get(number - 1).isTranslatable()) {
                    continue;
                }
                String fileName = safeName(message.attachments(), name, number);
                if (!used.add(fileName.toLowerCase(java.util.Locale.ROOT))) {
                    fileName = number + "-" + fileName;
                }
                saved.add(save(message.attachments(), name, number, folder.resolve(fileName)));
            }
            return List.copyOf(saved);
        } catch (DocumentException e) {
            throw new WorkflowException(e.getMessage(), e);
        }
    }

    /** Deletes {@code folder} and what is in it; what cannot be deleted is left to the system's clean-up. */
    static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is removed by the system's own clean-up.
        }
    }

    /** A private temporary folder for attachments on their way to translation (created readable by its owner only). */
    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("rendition-attachment-");
        } catch (IOException e) {
            throw new WorkflowException("No temporary folder for the attachment: " + e.getMessage() + ".", e);
        }
    }

    private static Attachment translatable(List<Attachment> attachments, String emailName, int number) {
        if (attachments.isEmpty()) {
            throw new WorkflowException("'" + emailName + "' has no attachments.");
        }
        if (number < 1 || number > attachments.size()) {
            throw new WorkflowException("'" + emailName + "' has " + attachments.size() + " attachment"
                + (attachments.size() == 1 ? "" : "s") + "; give a number from 1 to " + attachments.size() + ".");
        }
        Attachment attachment = attachments.get(number - 1);
        if (!attachment.isTranslatable()) {
            throw new WorkflowException("Attachment " + number + ", '" + attachment.name() + "', cannot be opened: "
                + attachment.problem().orElse("it is not a document Rendition reads (" + attachment.mimeType() + ")."));
        }
        return attachment;
    }
}
