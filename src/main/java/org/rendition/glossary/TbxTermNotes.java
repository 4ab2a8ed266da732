package org.rendition.glossary;

/**
 * The term notes of one term that carry what Rendition interprets: status, part of speech and its
 * own case and do-not-translate flags. Each is written as the file wrote it while it still says
 * what the term holds (TBX-Min's {@code deprecated} stays {@code deprecated}, an
 * {@code administrativeStatus} stays one), rewritten in the same note where the term changed, and
 * added where the file had none.
 */
final class TbxTermNotes {
    private final ConceptTerm term;
    private final boolean legacy;
    private boolean status;
    private boolean partOfSpeech;
    private boolean caseSensitive;
    private boolean doNotTranslate;

    /** @param inGroup whether the term's notes are in its kept {@code termGrp}, so none is missing */
    TbxTermNotes(ConceptTerm term, boolean legacy, boolean inGroup) {
        this.term = term;
        this.legacy = legacy;
        status = partOfSpeech = caseSensitive = doNotTranslate = inGroup;
    }

    /** The note {@code f} as it goes out. */
    String written(TermField f) {
        String type = f.type() == null ? "" : f.type();
        return switch (type) {
            case "administrativeStatus", "usageStatus", "normativeAuthorization" -> {
                status = true;
                yield TermStatus.parse(f.value()) == term.status() ? TbxWriter.field(f) : status(type);
            }
            case "partOfSpeech" -> {
                partOfSpeech = true;
                yield TbxReader.partOfSpeech(f.value()) == term.partOfSpeech() ? TbxWriter.field(f) : partOfSpeech();
            }
            case "x-caseSensitive" -> {
                caseSensitive = true;
                yield f.value().equalsIgnoreCase("yes") == term.caseSensitive() ? TbxWriter.field(f)
                        : flag("x-caseSensitive", term.caseSensitive());
            }
            case "x-doNotTranslate" -> {
                doNotTranslate = true;
                yield f.value().equalsIgnoreCase("yes") == term.doNotTranslate() ? TbxWriter.field(f)
                        : flag("x-doNotTranslate", term.doNotTranslate());
            }
            default -> TbxWriter.field(f);
        };
    }

    /** The notes the term needs and its fields lack, in the order Rendition writes them. */
    String missing() {
        StringBuilder out = new StringBuilder();
        if (!partOfSpeech) {
            out.append(partOfSpeech());
        }
        if (!status) {
            out.append(status(legacy ? "administrativeStatus" : "usageStatus"));
        }
        if (!caseSensitive && term.caseSensitive()) {
            out.append(flag("x-caseSensitive", true));
        }
        if (!doNotTranslate && term.doNotTranslate()) {
            out.append(flag("x-doNotTranslate", true));
        }
        status = partOfSpeech = caseSensitive = doNotTranslate = true;
        return out.toString();
    }

    private String partOfSpeech() {
        return term.partOfSpeech() == PartOfSpeech.UNSPECIFIED ? ""
                : TbxWriter.element("termNote", "partOfSpeech", term.partOfSpeech().tbxName());
    }

    private String status(String type) {
        if (term.status() == TermStatus.UNSPECIFIED) {
            return "";
        }
        String value = type.equals("administrativeStatus") ? term.status().administrativeStatus() : switch (term.status()) {
            case PREFERRED -> "preferred";
            case ADMITTED -> "admitted";
            case DEPRECATED -> "notRecommended";
            case SUPERSEDED -> "obsolete";
            case UNSPECIFIED -> "";
        };
        return TbxWriter.element("termNote", type, value);
    }

    private static String flag(String type, boolean value) {
        return value ? TbxWriter.element("termNote", type, "yes") : "";
    }
}
