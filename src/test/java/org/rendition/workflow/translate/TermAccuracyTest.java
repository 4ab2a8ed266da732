package org.rendition.workflow.translate;

import org.rendition.workflow.profile.UserProfile;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.SentenceListener;
import org.rendition.engine.TranslationEngine;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.glossary.GlossaryHit;
import org.rendition.text.FixedRendering;
import org.rendition.text.Language;

/**
 * Term accuracy on src/test/resources/term-accuracy/ru-en-military.tsv (230 sentences, every
 * grammatical case): the share of translations containing the approved English term, for the
 * model alone and with the glossary enforced. Target: at least 98% with the glossary.
 */
class TermAccuracyTest {
    @TempDir
    Path temp;

    private record Case(String sentence, String expected) {
    }

    @Test
    void glossaryTermsReachAtLeast98PercentOfTranslations() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/term-accuracy/ru-en-military.tsv"))) {
            if (line.startsWith("#") || line.startsWith("sentence\t")) {
                continue;
            }
            String[] fields = line.split("\t");
            cases.add(new Case(fields[0], fields[2]));
        }
        assertTrue(cases.size() >= 200);
        LanguagePair pair = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
        try (UserProfile profile = UserProfile.open(temp.resolve("rendition.db"));
                TranslationEngine engine = TranslationEngine.open(new ModelLibrary(temp.resolve("models"))
                        .importFrom(SharedData.model("tiny-nllb"), ImportRequest.defaults()))) {
            profile.glossary().importFile(Path.of("glossaries/military-ranks-ru-en.tsv"), "military", null, null);
            List<String> sentences = cases.stream().map(Case::sentence).toList();
            List<String> alone = engine.translate(sentences, pair, DecodingOptions.modelDefaults(),
                    CancelSignal.NEVER, SentenceListener.NONE);
            List<List<FixedRendering>> fixed = new ArrayList<>();
            for (String sentence : sentences) {
                List<GlossaryHit> hits = profile.glossary().findTerms("ru", "en", sentence);
                fixed.add(TranslationAids.fixedRenderings(sentence, hits));
            }
            List<String> kept = engine.translateKeeping(sentences, fixed, pair, DecodingOptions.modelDefaults(),
                    CancelSignal.NEVER, SentenceListener.NONE).translations();
            for (int i = 0; i < cases.size(); i++) {
                FixedRendering term = new FixedRendering(0, 1, cases.get(i).expected(),
                        FixedRendering.Kind.GLOSSARY_TERM);
                if (!term.isPresentIn(kept.get(i))) {
                    System.out.println("MISSED: " + cases.get(i).sentence() + " -> " + kept.get(i) + " hits="
                            + fixed.get(i));
                }
            }
            double aloneScore = score(cases, alone);
            double keptScore = score(cases, kept);
            System.out.printf("Term accuracy on %d sentences: model alone %.1f%%, with glossary %.1f%%%n",
                    cases.size(), aloneScore, keptScore);
            assertTrue(keptScore >= 98.0, "with glossary: " + keptScore + "%");
        }
    }

    private static double score(List<Case> cases, List<String> translations) {
        int hits = 0;
        for (int i = 0; i < cases.size(); i++) {
            FixedRendering term = new FixedRendering(0, 1, cases.get(i).expected(), FixedRendering.Kind.GLOSSARY_TERM);
            hits += term.isPresentIn(translations.get(i).toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        return 100.0 * hits / cases.size();
    }
}
