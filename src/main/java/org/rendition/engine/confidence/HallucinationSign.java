package org.rendition.engine.confidence;

import org.rendition.arch.ValueType;

/** A sign that a translation was not read from its source, as the grid and the JSON name it. */
@ValueType
public enum HallucinationSign {
    /** A phrase comes back again and again: the decoder is looping. */
    REPEATED_PHRASE("repeated phrase"),
    /** The output is far longer than the source. */
    FAR_LONGER("far longer than the source"),
    /** The output is far shorter than the source: something was left out. */
    FAR_SHORTER("far shorter than the source"),
    /** Many source words received almost no attention: they were probably not translated. */
    SOURCE_UNREAD("source words not read");

    private final String description;

    HallucinationSign(String description) {
        this.description = description;
    }

    /** A few words for the grid's tooltip and the JSON. */
    public String description() {
        return description;
    }
}
