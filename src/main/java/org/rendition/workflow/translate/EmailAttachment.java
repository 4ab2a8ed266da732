package org.rendition.workflow.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rendition.arch.ValueType;
import org.rendition.documents.Attachment;

/**
 * A file attached to an opened e-mail, as the window and the command line list it.
 *
 * @param number its place among the message's attachments, from 1 (what {@code --attachment} takes)
 * @param name the file name the sender gave it (its last path element only)
 * @param mimeType the declared type, such as {@code application/pdf}
 * @param size its size in bytes
 * @param translatable whether Rendition reads it as a document, so it can be opened and translated
 * @param problem why an attachment that looked readable could not be read, in one sentence
 */
@ValueType
public record EmailAttachment(int number, String name, String mimeType, long size, boolean translatable,
                              Optional<String> problem) {
    public EmailAttachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(problem, "problem");
    }

    /** The attachments a reader found, numbered from 1 in the message's order. */
    public static List<EmailAttachment> of(List<Attachment> attachments) {
        List<EmailAttachment> listed = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            listed.add(new EmailAttachment(i + 1, attachment.name(), attachment.mimeType(), attachment.size(),
                attachment.isTranslatable(), attachment.problem()));
        }
        return List.copyOf(listed);
    }

    /** What a list shows: the name, its type and size, and why it cannot be opened where it cannot. */
    public String label() {
        String kb = size < 1024 ? size + " bytes" : (size + 512) / 1024 + " KB";
        return name + " (" + mimeType + ", " + kb + ")"
            + (translatable ? "" : problem.map(p -> ": " + p).orElse(": not a document Rendition reads"));
    }
}
