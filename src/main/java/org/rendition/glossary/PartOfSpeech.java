package org.rendition.glossary;

import org.rendition.arch.ValueType;
import java.util.Locale;

/** A term's part of speech, with the name TBX uses for it. */
@ValueType
public enum PartOfSpeech {
    NOUN("noun"),
    PROPER_NOUN("properNoun"),
    VERB("verb"),
    ADJECTIVE("adjective"),
    ADVERB("adverb"),
    PHRASE("phrase"),
    OTHER("other"),
    UNSPECIFIED("");

    private final String tbxName;

    PartOfSpeech(String tbxName) {
        this.tbxName = tbxName;
    }

    /** The TBX {@code termNote type="partOfSpeech"} value; empty for {@link #UNSPECIFIED}. */
    public String tbxName() {
        return tbxName;
    }

    /** Reads a TBX name, an enum name or a common abbreviation; blank gives {@link #UNSPECIFIED}. */
    public static PartOfSpeech parse(String text) {
        if (text == null || text.isBlank()) {
            return UNSPECIFIED;
        }
        String t = text.strip();
        for (PartOfSpeech p : values()) {
            if (p.tbxName.equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t.replace(' ', '_'))) {
                return p;
            }
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "n" -> NOUN;
            case "pn", "name", "proper noun" -> PROPER_NOUN;
            case "v" -> VERB;
            case "adj", "a" -> ADJECTIVE;
            case "adv" -> ADVERB;
            default -> throw new IllegalArgumentException("unknown part of speech '" + text + "'");
        };
    }
}
