package org.rendition.engine.shortlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus BLEU (4-grams, brevity penalty, words split from punctuation as sacreBLEU's 13a roughly
 * does) and chrF (character 1–6-grams without spaces, β = 2), enough to compare two sets of
 * outputs against the same references.
 */
final class TranslationScores {
    private TranslationScores() {
    }

    static double bleu(List<String> outputs, List<String> references) {
        long[] matches = new long[4];
        long[] totals = new long[4];
        long outputLength = 0;
        long referenceLength = 0;
        for (int i = 0; i < outputs.size(); i++) {
            List<String> out = words(outputs.get(i));
            List<String> ref = words(references.get(i));
            outputLength += out.size();
            referenceLength += ref.size();
            for (int n = 1; n <= 4; n++) {
                Map<String, Integer> refGrams = grams(ref, n);
                for (Map.Entry<String, Integer> gram : grams(out, n).entrySet()) {
                    matches[n - 1] += Math.min(gram.getValue(), refGrams.getOrDefault(gram.getKey(), 0));
                }
                totals[n - 1] += Math.max(0, out.size() - n + 1);
            }
        }
        double logPrecision = 0;
        for (int n = 0; n < 4; n++) {
            if (matches[n] == 0) {
                return 0;
            }
            logPrecision += Math.log((double) matches[n] / totals[n]) / 4;
        }
        double brevity = outputLength >= referenceLength ? 1 : Math.exp(1 - (double) referenceLength / outputLength);
        return 100 * brevity * Math.exp(logPrecision);
    }

    static double chrF(List<String> outputs, List<String> references) {
        double precisionSum = 0;
        double recallSum = 0;
        for (int n = 1; n <= 6; n++) {
            long matched = 0;
            long outTotal = 0;
            long refTotal = 0;
            for (int i = 0; i < outputs.size(); i++) {
                Map<String, Integer> out = characterGrams(outputs.get(i), n);
                Map<String, Integer> ref = characterGrams(references.get(i), n);
                for (Map.Entry<String, Integer> gram : out.entrySet()) {
                    matched += Math.min(gram.getValue(), ref.getOrDefault(gram.getKey(), 0));
                    outTotal += gram.getValue();
                }
                refTotal += ref.values().stream().mapToInt(Integer::intValue).sum();
            }
            precisionSum += outTotal == 0 ? 0 : (double) matched / outTotal;
            recallSum += refTotal == 0 ? 0 : (double) matched / refTotal;
        }
        double precision = precisionSum / 6;
        double recall = recallSum / 6;
        double beta2 = 4;
        return precision + recall == 0 ? 0 : 100 * (1 + beta2) * precision * recall / (beta2 * precision + recall);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.replaceAll("([\\p{P}\\p{S}])", " $1 ").trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static Map<String, Integer> grams(List<String> words, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            grams.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static Map<String, Integer> characterGrams(String text, int n) {
        String compact = text.replaceAll("\\s+", "");
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= compact.length(); i++) {
            grams.merge(compact.substring(i, i + n), 1, Integer::sum);
        }
        return grams;
    }
}
