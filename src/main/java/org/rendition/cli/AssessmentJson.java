package org.rendition.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rendition.engine.confidence.HallucinationSign;
import org.rendition.engine.confidence.ScoredWord;
import org.rendition.engine.confidence.SourceWord;
import org.rendition.engine.confidence.TranslationConfidence;
import org.rendition.qa.QaIssue;

/**
 * The JSON of what the model and QA think of one segment's target, as fields of the segment's
 * object: {@code confidence} (0 to 1) and {@code lowConfidence}, {@code hallucination} (signs, by
 * name), {@code words} (each target word with its character range, confidence and source words),
 * {@code sourceWords}, {@code alignment} (pairs of target and source word indices, as fast_align
 * writes them) and {@code qa} (each issue's check and message).
 */
final class AssessmentJson {
    private AssessmentJson() {
    }

    static String fields(Optional<TranslationConfidence> confidence, List<QaIssue> issues) {
        StringBuilder json = new StringBuilder();
        confidence.ifPresent(scored -> {
            json.append(",\n     \"confidence\": ").append(number(scored.confidence()))
                    .append(", \"lowConfidence\": ").append(scored.isLow())
                    .append(", \"hallucination\": [").append(scored.signs().stream()
                            .sorted().map(HallucinationSign::description).map(TranslationJson::string)
                            .collect(Collectors.joining(", "))).append(']');
            json.append(",\n     \"words\": [").append(scored.words().stream().map(AssessmentJson::word)
                    .collect(Collectors.joining(", "))).append(']');
            json.append(",\n     \"sourceWords\": [").append(scored.sourceWords().stream().map(AssessmentJson::word)
                    .collect(Collectors.joining(", "))).append(']');
            json.append(",\n     \"alignment\": [").append(String.join(", ", alignment(scored))).append(']');
        });
        json.append(",\n     \"qa\": [").append(issues.stream().map(AssessmentJson::issue)
                .collect(Collectors.joining(", "))).append(']');
        return json.toString();
    }

    /** One issue as an object, for {@code translate --json} and {@code qa --json}. */
    static String issue(QaIssue issue) {
        return "{\"check\": " + TranslationJson.string(issue.check().key()) + ", \"message\": "
                + TranslationJson.string(issue.message()) + "}";
    }

    private static String word(ScoredWord word) {
        return "{\"word\": " + TranslationJson.string(word.text()) + ", \"start\": " + word.start() + ", \"end\": "
                + word.end() + ", \"confidence\": " + number(word.confidence()) + ", \"sourceWords\": "
                + word.sourceWords() + "}";
    }

    private static String word(SourceWord word) {
        return "{\"word\": " + TranslationJson.string(word.text()) + ", \"start\": " + word.start() + ", \"end\": "
                + word.end() + ", \"attention\": " + number(word.attention()) + "}";
    }

    private static List<String> alignment(TranslationConfidence scored) {
        List<String> pairs = new ArrayList<>();
        for (int t = 0; t < scored.words().size(); t++) {
            for (int s : scored.words().get(t).sourceWords()) {
                pairs.add("[" + t + ", " + s + "]");
            }
        }
        return pairs;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
