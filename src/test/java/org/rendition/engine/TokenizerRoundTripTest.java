package org.rendition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rendition.SharedData;
import org.rendition.engine.tokenize.MarianTokenizer;
import org.rendition.engine.tokenize.NllbTokenizer;
import org.rendition.text.Language;

/** Encoding then decoding gives the text back, for real test-set sentences. */
class TokenizerRoundTripTest {

    private static List<String> lines(String file, int count) throws Exception {
        return Files.readAllLines(SharedData.testset(file)).stream().filter(l -> !l.isBlank()).limit(count).toList();
    }

    @Test
    void nllbTokenizerRoundTripsRussianAndArabicSentences() throws Exception {
        try (NllbTokenizer tokenizer = NllbTokenizer.load(SharedData.model("tiny-nllb"))) {
            for (String sentence : lines("tatoeba-rus-eng.rus", 50)) {
                int[] ids = tokenizer.encode(sentence, Language.RUSSIAN);
                assertEquals(tokenizer.languageTokens().get("rus_Cyrl"), ids[0]);
                assertEquals(sentence, tokenizer.decode(ids).strip());
            }
            for (String sentence : lines("tatoeba-ara-eng.ara", 50)) {
                assertEquals(sentence, tokenizer.decode(tokenizer.encode(sentence, Language.ARABIC)).strip());
            }
        }
    }

    @Test
    void nllbSourceLanguageTokenFollowsTheRequestedLanguage() throws Exception {
        try (NllbTokenizer tokenizer = NllbTokenizer.load(SharedData.model("tiny-nllb"))) {
            int[] asArabic = tokenizer.encode("نعم", Language.ARABIC);
            assertEquals(tokenizer.languageTokens().get("arb_Arab"), asArabic[0]);
            assertEquals(tokenizer.languageTokens().get("eng_Latn"),
                    tokenizer.targetLanguageToken(Language.ENGLISH).getAsInt());
        }
    }

    @Test
    void marianPiecesMapThroughTheVocabularyAndEndWithEndOfSentence() throws Exception {
        try (MarianTokenizer tokenizer = MarianTokenizer.load(SharedData.model("tiny-marian-zh-en"))) {
            int unknown = 0;
            int total = 0;
            for (String sentence : lines("tatoeba-zho-eng.zho", 50)) {
                int[] ids = tokenizer.encode(sentence, Language.CHINESE);
                assertEquals(0, ids[ids.length - 1]);
                for (int id : ids) {
                    total++;
                    unknown += id == 1 ? 1 : 0;
                    assertTrue(id >= 0 && id < 65001);
                }
            }
            assertTrue(unknown * 20 < total, "fewer than 5% unknown pieces, was " + unknown + "/" + total);
        }
    }

    @Test
    void marianDecodingJoinsTargetPiecesIntoText() throws Exception {
        try (MarianTokenizer tokenizer = MarianTokenizer.load(SharedData.model("tiny-marian-zh-en"))) {
            // Ids from the reference output for its first line.
            int[] ids = {65000, 38, 100, 307, 32, 115, 12, 53157, 2, 3, 5800, 30, 39915, 181, 39, 5, 0};
            assertEquals("\" You must be such a politician, the guess is immune about it.", tokenizer.decode(ids));
        }
    }
}
