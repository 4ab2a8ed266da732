package org.rendition.workflow.profile;

import java.util.Objects;

/**
 * A document's classification marking: a level of the scheme and an optional descriptor, e.g.
 * {@code OFFICIAL-SENSITIVE COMMERCIAL}. Obtain one from {@link ClassificationScheme#parse}.
 *
 * @param level      one of the scheme's levels
 * @param descriptor one of the scheme's descriptors, or null
 */
public record Classification(String level, String descriptor) {
    public Classification {
        Objects.requireNonNull(level, "level");
    }

    /** The marking as it is printed on the banner and in every export. */
    public String label() {
        return descriptor == null ? level : level + " " + descriptor;
    }

    @Override
    public String toString() {
        return label();
    }
}
