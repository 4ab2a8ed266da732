package org.rendition.bench;

import org.rendition.bench.BenchmarkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.rendition.glossary.GlossaryIndex;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.glossary.PartOfSpeech;
import org.rendition.memory.Origin;
import org.rendition.memory.TmEntry;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.UserProfile;

/**
 * Builds a translation memory of {@code segments} synthetic Russian→English segments (pairs of
 * Tatoeba sentences) and a glossary of {@code terms} Russian terms in a temporary database,
 * then times TM lookups (exact, fuzzy and unseen sources) and glossary matching per sentence.
 * Part of {@code rendition bench}; {@code --tm-db FILE} keeps the database and reuses it.
 */
public final class MemoryBenchmark {
    private static final int WARMUP = 300;
    private static final int QUERIES = 1500;

    private MemoryBenchmark() {
    }

    /**
     * Runs both measurements.
     *
     * @param testsets folder with {@code tatoeba-rus-eng.rus} and {@code .eng}
     * @param database where to keep the database for the next run, or null for a temporary one
     */
    public static void run(Path testsets, int segments, int terms, Path database, BenchmarkReport report)
            throws IOException {
        List<String> russian = Files.readAllLines(testsets.resolve("tatoeba-rus-eng.rus"), StandardCharsets.UTF_8);
        List<String> english = Files.readAllLines(testsets.resolve("tatoeba-rus-eng.eng"), StandardCharsets.UTF_8);
        boolean keep = database != null;
        Path dir = keep ? database.toAbsolutePath().getParent() : Files.createTempDirectory("rendition-bench");
        Path db = keep ? database : dir.resolve("bench.db");
        try (UserProfile profile = UserProfile.open(db)) {
            benchmarkMemory(profile, russian, english, segments, report);
            benchmarkGlossary(profile, russian, terms, report);
        } finally {
            if (!keep) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(dir.resolve("bench.db" + suffix));
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    /** Segment k: one Tatoeba sentence for the first lines, then pairs drawn with a fixed seed. */
    private static Iterator<TmEntry> synthetic(List<String> russian, List<String> english, int count) {
        Random random = new Random(42);
        Instant when = Instant.parse("2024-01-01T00:00:00Z");
        return new Iterator<>() {
            private int produced;

            @Override
            public boolean hasNext() {
                return produced < count;
            }

            @Override
            public TmEntry next() {
                int k = produced++;
                String source;
                String target;
                if (k < russian.size()) {
                    source = russian.get(k);
                    target = english.get(k);
                } else {
                    int i = random.nextInt(russian.size());
                    int j = random.nextInt(russian.size());
                    source = russian.get(i) + " " + russian.get(j);
                    target = english.get(i) + " " + english.get(j);
                }
                return TmEntry.confirmed("ru", "en", source, target, "bench-" + (k / 1000), "bench", when,
                        Origin.HUMAN);
            }
        };
    }

    private static void benchmarkMemory(UserProfile profile, List<String> russian, List<String> english,
                                        int segments, BenchmarkReport report) {
        long start = System.nanoTime();
        if (profile.memory().size() == 0) {
            profile.memory().importEntries(synthetic(russian, english, segments), 50_000, committed -> {
                if (committed % 200_000 == 0) {
                    report.note(String.format("  stored %,d segments (%.0f s)", committed,
                            (System.nanoTime() - start) / 1e9));
                }
            });
        }
        report.figure(String.format("TM build or reuse, %,d segments", profile.memory().size()),
                (System.nanoTime() - start) / 1e9, "s");

        Random random = new Random(7);
        List<String> stored = new ArrayList<>();
        synthetic(russian, english, segments).forEachRemaining(e -> {
            if (random.nextInt(Math.max(1, segments / 5000)) == 0) {
                stored.add(e.source());
            }
        });
        List<String> queries = new ArrayList<>();
        for (int q = 0; q < WARMUP + QUERIES; q++) {
            String base = stored.get(random.nextInt(stored.size()));
            queries.add(switch (q % 3) {
                case 0 -> base;
                case 1 -> changeOneWord(base, russian, random);
                default -> russian.get(random.nextInt(russian.size())) + " " + russian.get(random.nextInt(russian.size()))
                        + " " + russian.get(random.nextInt(russian.size()));
            });
        }
        double[] millis = new double[QUERIES];
        int exact = 0;
        int fuzzy = 0;
        for (int q = 0; q < queries.size(); q++) {
            long t0 = System.nanoTime();
            TmLookup lookup = profile.memory().lookup("ru", "en", queries.get(q));
            long t1 = System.nanoTime();
            if (q >= WARMUP) {
                millis[q - WARMUP] = (t1 - t0) / 1e6;
                exact += lookup.exact().isEmpty() ? 0 : 1;
                fuzzy += lookup.exact().isEmpty() && !lookup.fuzzy().isEmpty() ? 1 : 0;
            }
        }
        Arrays.sort(millis);
        report.note(String.format("TM lookup at %,d segments (%d queries: 1/3 stored, 1/3 one word changed,"
                        + " 1/3 unseen): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %d exact, %d fuzzy-only hits",
                profile.memory().size(), QUERIES, pct(millis, 50), pct(millis, 95), pct(millis, 99),
                millis[millis.length - 1], exact, fuzzy));
        report.figure(String.format("TM lookup p95 @ %,d segments", profile.memory().size()), pct(millis, 95), "ms");
    }

    private static String changeOneWord(String sentence, List<String> russian, Random random) {
        String[] words = sentence.split(" ");
        String[] donor = russian.get(random.nextInt(russian.size())).split(" ");
        words[random.nextInt(words.length)] = donor[random.nextInt(donor.length)].replaceAll("[.,!?]", "");
        return String.join(" ", words);
    }

    private static void benchmarkGlossary(UserProfile profile, List<String> russian, int count,
                                          BenchmarkReport report) {
        Set<String> sources = new LinkedHashSet<>();
        for (int n = 1; n <= 3 && sources.size() < count; n++) {
            for (String sentence : russian) {
                String[] words = sentence.replaceAll("[^\\p{L}\\p{N} -]", "").split("\\s+");
                for (int i = 0; i + n <= words.length && sources.size() < count; i++) {
                    String term = String.join(" ", Arrays.copyOfRange(words, i, i + n));
                    if (!term.isBlank()) {
                        sources.add(term);
                    }
                }
            }
        }
        List<GlossaryTerm> terms = new ArrayList<>();
        int k = 0;
        for (String source : sources) {
            terms.add(new GlossaryTerm(0, "bench", "ru", "en", source, "term " + k++, PartOfSpeech.UNSPECIFIED,
                    null, List.of(), false, false));
        }
        long start = System.nanoTime();
        if (profile.glossary().glossaries().isEmpty()) {
            profile.glossary().importTerms("bench", terms);
        }
        double stored = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        GlossaryIndex index = profile.glossary().index("ru", "en");
        report.note(String.format("Glossary: %,d terms stored in %.1f s, index built in %.1f s", index.size(), stored,
                (System.nanoTime() - start) / 1e9));
        List<String> sentences = russian.subList(0, Math.min(russian.size(), 10_000));
        long hits = 0;
        for (int round = 0; round < 2; round++) {
            for (String sentence : sentences) {
                hits += index.find(sentence).size();
            }
        }
        double[] micros = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            long t0 = System.nanoTime();
            index.find(sentences.get(i));
            micros[i] = (System.nanoTime() - t0) / 1e3;
        }
        double mean = Arrays.stream(micros).average().orElse(0);
        Arrays.sort(micros);
        report.note(String.format("Glossary match with %,d terms over %,d sentences: mean %.1f µs, p50 %.1f µs,"
                        + " p95 %.1f µs, p99 %.1f µs per sentence (%.1f hits per sentence)", index.size(),
                sentences.size(), mean, pct(micros, 50), pct(micros, 95), pct(micros, 99),
                hits / 2.0 / sentences.size()));
        report.figure(String.format("glossary match per sentence @ %,d terms (mean)", index.size()), mean, "µs");
        report.figure(String.format("glossary match per sentence @ %,d terms (p95)", index.size()), pct(micros, 95),
                "µs");
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
