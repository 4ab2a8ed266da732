package org.rendition.glossary;

import java.util.Locale;
import java.util.Set;

/**
 * The rules of the TBX dialect a file declares ({@code type="TBX-Basic"}, {@code TBX-Min},
 * {@code TBX-Core}, or a TBX 2008 {@code martif}), as far as they decide whether Rendition can
 * trust what it reads. A file that breaks one is refused with the line, as the LTAC schematrons
 * would refuse it; these are the rules the schematrons check that change what a term means.
 */
enum TbxDialect {
    CORE, BASIC, MIN, LEGACY;

    private static final Set<String> PARTS_OF_SPEECH = Set.of("noun", "verb", "adjective", "adverb", "properNoun",
            "other");

    static TbxDialect of(String rootName, String type) {
        if (rootName.equals("martif")) {
            return LEGACY;
        }
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (t.contains("min")) {
            return MIN;
        }
        if (t.contains("basic")) {
            return BASIC;
        }
        return CORE;
    }

    /** Whether the structure rules of TBX 2019's core apply (one term per termSec, term first …). */
    boolean checksCoreStructure() {
        return this != LEGACY;
    }

    /** Why {@code element} (of {@code type}) may not stand where it does, or null when it may. */
    String refuse(String element, String type, Level level) {
        if (checksCoreStructure() && (element.equals("admin") || element.equals("descrip")
                || element.equals("termNote") || element.equals("transac")) && (type == null || type.isBlank())) {
            return "<" + element + "> has no type attribute";
        }
        switch (this) {
            case MIN -> {
                if (element.equals("xref") || element.equals("ref")) {
                    return "TBX-Min does not allow <" + element + "> (cross-references); export the file as TBX-Basic";
                }
                if (element.equals("admin") && !"customerSubset".equals(type)) {
                    return "TBX-Min does not allow <admin type=\"" + type + "\">; only customerSubset";
                }
                if (element.equals("transacGrp") || element.equals("descripGrp")) {
                    return "TBX-Min does not allow <" + element + ">; export the file as TBX-Basic";
                }
            }
            case BASIC -> {
                if (element.equals("admin") && "source".equals(type) && level != Level.GROUP && level != Level.TERM) {
                    return "in TBX-Basic a source at " + level.name().toLowerCase(Locale.ROOT)
                            + " level belongs in a <descripGrp> with the definition it supports";
                }
                if (element.equals("descrip") && "definition".equals(type) && level == Level.TERM) {
                    return "TBX-Basic does not allow a definition at term level; move it to the language or concept";
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** Why a termNote value is refused, or null. */
    String refuseTermNote(String type, String value) {
        if (type == null) {
            return null;
        }
        if ((type.equals("administrativeStatus") || type.equals("usageStatus")
                || type.equals("normativeAuthorization")) && TermStatus.parse(value) == null) {
            return "the " + type + " '" + value + "' is not one of preferred, admitted, notRecommended, obsolete"
                    + " (or their -admn-sts forms)";
        }
        if (type.equals("partOfSpeech") && (this == BASIC || this == MIN) && !PARTS_OF_SPEECH.contains(value)) {
            return "the partOfSpeech '" + value + "' is not in the " + this.label() + " picklist ("
                    + String.join(", ", PARTS_OF_SPEECH.stream().sorted().toList()) + ")";
        }
        return null;
    }

    /** Why a transaction element is refused (TBX-Basic's picklists), or null. */
    String refuseTransaction(String element, String type) {
        if (this != BASIC) {
            return null;
        }
        if (element.equals("transac") && !"transactionType".equals(type)) {
            return "a <transac> must have type=\"transactionType\", not '" + type + "'";
        }
        if (element.equals("transacNote") && !"responsibility".equals(type)) {
            return "a <transacNote> must have type=\"responsibility\", not '" + type + "'";
        }
        return null;
    }

    String label() {
        return switch (this) {
            case CORE -> "TBX-Core";
            case BASIC -> "TBX-Basic";
            case MIN -> "TBX-Min";
            case LEGACY -> "TBX (2008)";
        };
    }

    /** Where an element stands. */
    enum Level { CONCEPT, LANGUAGE, TERM, GROUP }
}
