package org.rendition.workflow.profile;

import java.util.Locale;

/**
 * What a person may do in Rendition. Everyone is at least an analyst; the roles file
 * ({@link Roles}) names the supervisors and administrators.
 */
public enum Role {
    /** Translates and edits their own documents. */
    ANALYST,
    /** Sees everyone's documents, edits them under their own name, approves or returns them. */
    SUPERVISOR,
    /** Changes settings and model packs. Reviewing is left to supervisors: the duties stay apart. */
    ADMINISTRATOR;

    /** The role as it is written in the roles file and the history, e.g. {@code supervisor}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role parse(String label) {
        for (Role role : values()) {
            if (role.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        return null;
    }
}
