package org.rendition.documents.ocr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rendition.text.Language;

/** Which Tesseract language data reads a language, or a script the detector found. */
final class OcrLanguages {
    /**
     * Languages sharing a script are read together, so a Ukrainian page found to be Cyrillic keeps
     * its і, ї and є, and a Persian one its پ and گ. The first is the usual one.
     */
    private static final Map<String, List<String>> BY_SCRIPT = Map.of(
        "cyrillic", List.of("rus", "ukr"),
        "arabic", List.of("ara", "fas"),
        "han", List.of("chi_sim", "chi_tra"),
        "hebrew", List.of("heb"),
        "latin", List.of("eng"));

    private OcrLanguages() {
    }

    /**
     * Tesseract's name for the data that reads {@code language}: the ISO 639-3 code but for
     * Chinese, and for Dari, which Tesseract reads with its Persian data (same letters).
     */
    static String forLanguage(Language language) {
        return switch (language) {
            case CHINESE -> "chi_sim";
            case DARI -> Language.PERSIAN.iso3();
            default -> language.iso3();
        };
    }

    /** The installed languages that read {@code script} (as the detector names it); empty for other scripts. */
    static List<String> forScript(String script, TessData data) {
        return BY_SCRIPT.getOrDefault(script.toLowerCase(Locale.ROOT), List.of()).stream().filter(data::has).toList();
    }

    /** The Debian package that carries a language's data: {@code chi_sim} is in tesseract-ocr-chi-sim. */
    static String debianPackage(String tesseractLanguage) {
        return "tesseract-ocr-" + tesseractLanguage.replace('_', '-');
    }
}
