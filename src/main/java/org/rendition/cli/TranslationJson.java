package org.rendition.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rendition.documents.Segment;
import org.rendition.documents.ocr.OcrEvidence;
import org.rendition.text.Language;
import org.rendition.workflow.translate.TranslatedText;

/**
 * {@code translate --json}: the translation segment by segment, for scripts and checks. Each
 * segment has its {@code source} and {@code target}; a segment read by OCR also its {@code page},
 * {@code ocrConfidence} (0 to 1) and {@code box} (pixels on the page image as OCR read it); every
 * segment what the model and QA think of its target ({@link AssessmentJson}).
 */
final class TranslationJson {
    private TranslationJson() {
    }

    static String of(String file, TranslatedText result, Language target, List<Optional<OcrEvidence>> evidence,
                     Optional<String> marking) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"file\": ").append(string(file)).append(",\n");
        marking.ifPresent(label -> json.append("  \"marking\": ").append(string(label)).append(",\n"));
        json.append("  \"sourceLanguage\": ").append(string(result.source().iso1())).append(",\n");
        json.append("  \"sourceLanguageDetected\": ").append(result.sourceDetected()).append(",\n");
        json.append("  \"targetLanguage\": ").append(string(target.iso1())).append(",\n");
        json.append("  \"model\": ").append(string(result.modelName())).append(",\n");
        json.append("  \"segments\": [");
        for (int i = 0; i < result.segments().size(); i++) {
            Segment segment = result.segments().get(i).segment();
            json.append(i == 0 ? "\n" : ",\n").append("    {\"index\": ").append(i + 1);
            Optional<OcrEvidence> ocr = i < evidence.size() ? evidence.get(i) : Optional.empty();
            ocr.ifPresent(found -> json.append(", \"page\": ").append(found.page())
                .append(String.format(Locale.ROOT, ", \"ocrConfidence\": %.3f", found.confidence()))
                .append(", \"box\": {\"left\": ").append(found.box().left()).append(", \"top\": ").append(found.box().top())
                .append(", \"width\": ").append(found.box().width()).append(", \"height\": ").append(found.box().height())
                .append('}'));
            json.append(", \"status\": ").append(string(segment.status().name().toLowerCase(Locale.ROOT)));
            json.append(",\n     \"source\": ").append(string(segment.source()));
            json.append(",\n     \"target\": ").append(string(segment.target()));
            json.append(AssessmentJson.fields(result.segments().get(i).confidence(), result.segments().get(i).issues()))
                    .append('}');
        }
        json.append(result.segments().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return json.toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped, the rest as it is (UTF-8). */
    static String string(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
