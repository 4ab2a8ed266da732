package org.rendition.glossary;

import java.util.Locale;
import org.rendition.arch.ValueType;

/**
 * How a term may be used. Deprecated and superseded terms are forbidden translations: they are
 * flagged when they appear in a target and never enforced.
 */
@ValueType
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts"),
    /** The file says nothing; such a term is usable, after preferred and admitted ones. */
    UNSPECIFIED("");

    private final String administrativeStatus;

    TermStatus(String administrativeStatus) {
        this.administrativeStatus = administrativeStatus;
    }

    /** Whether the term must not be used in a translation. */
    public boolean isForbidden() {
        return this == DEPRECATED || this == SUPERSEDED;
    }

    /** The TBX-Basic {@code administrativeStatus} value; empty for {@link #UNSPECIFIED}. */
    public String administrativeStatus() {
        return administrativeStatus;
    }

    /**
     * Reads TBX-Basic's {@code administrativeStatus} ({@code preferredTerm-admn-sts}), TBX 3's
     * {@code usageStatus} ({@code preferred}, {@code admitted}, {@code notRecommended},
     * {@code obsolete}) and {@code normativeAuthorization}; null when the value is none of them.
     */
    public static TermStatus parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace("term-admn-sts", "");
        return switch (v) {
            case "preferred", "standardized" -> PREFERRED;
            case "admitted" -> ADMITTED;
            case "deprecated", "notrecommended", "not recommended", "legal" -> DEPRECATED;
            case "superseded", "obsolete" -> SUPERSEDED;
            default -> null;
        };
    }
}
