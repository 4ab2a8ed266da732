package org.rendition.workflow.translate;

import org.rendition.workflow.profile.Classification;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.profile.RoleRefusedException;
import org.rendition.workflow.profile.UserProfile;

/**
 * Changes to an open document's classification marking: raising it is anyone's right, lowering
 * it takes a supervisor, and a refusal is recorded in the history.
 */
final class DocumentMarkings {
    private final ProfileWriter writer;
    /** Null when the workstation runs without a profile database. */
    private final UserProfile profile;
    private final OpenDocuments documents;
    private final DocumentChanges changes;

    DocumentMarkings(ProfileWriter writer, UserProfile profile, OpenDocuments documents, DocumentChanges changes) {
        this.writer = writer;
        this.profile = profile;
        this.documents = documents;
        this.changes = changes;
    }

    Classification classify(OpenedDocument document, String label) {
        // A refusal is written at once; the rows queued before it must come first in the history.
        writer.flush();
        Classification wanted = documents.scheme().parse(label);
        Classification current = documents.marking(document);
        boolean allowed = !documents.scheme().lowers(current, wanted)
                || (profile != null && profile.actor().is(Role.SUPERVISOR));
        String rule = "Only a supervisor can lower a classification marking.";
        if (profile == null && !allowed) {
            throw new RoleRefusedException(rule);
        }
        if (profile != null) {
            profile.history().gate().require(allowed, null, "lower the marking of '" + document.name() + "' from "
                    + current + " to " + wanted, rule);
        }
        documents.mark(document, wanted);
        changes.classified(document);
        return wanted;
    }
}
