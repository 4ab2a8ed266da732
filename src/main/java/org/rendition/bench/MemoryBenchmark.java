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
import org.rendition.workflow.WorkflowException;
import org.rendition.workflow.profile.UserProfile;
import org.rendition.workflow.team.TeamServer;

/**
 * Builds a translation memory of {@code segments} synthetic Russian→English segments (pairs of
 * Tatoeba sentences) and a glossary of {@code terms} Russian terms in a temporary database,
 * then times TM lookups (exact, fuzzy and unseen sources) and glossary matching per sentence.
 * Part of {@code rendition bench}; {@code --tm-db FILE} keeps the database and reuses it.
 */
public final class MemoryBenchmark {
    private static final int WARMUP = 300;
    private static final int QUERIES = 1500;
    /** Simulated analysts writing while the memory is imported, as the issue asks of the team server. */
    static final int ANALYSTS = 8;

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
        run(testsets, segments, terms, database, null, report);
    }

    /**
     * Runs both measurements on a workstation's file, then the memory lookups on the team server
     * at {@code server} beside them, or says why the server's figure is missing.
     *
     * @param server a team server address ({@code postgresql://login@host:port/database}) whose
     *               login may write the memory, or null to skip the server
     */
    public static void run(Path testsets, int segments, int terms, Path database, String server,
                           BenchmarkReport report) throws IOException {
        List<String> russian = Files.readAllLines(testsets.resolve("tatoeba-rus-eng.rus"), StandardCharsets.UTF_8);
        List<String> english = Files.readAllLines(testsets.resolve("tatoeba-rus-eng.eng"), StandardCharsets.UTF_8);
        boolean keep = database != null;
        Path dir = keep ? database.toAbsolutePath().getParent() : Files.createTempDirectory("rendition-bench");
        Path db = keep ? database : dir.resolve("bench.db");
        try (UserProfile profile = UserProfile.open(db)) {
            benchmarkMemory(profile, russian, english, segments, "", report, () -> UserProfile.open(db));
            benchmarkGlossary(profile, russian, terms, report);
        } finally {
            if (!keep) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(dir.resolve("bench.db" + suffix));
                }
                Files.deleteIfExists(dir);
            }
        }
        benchmarkServerMemory(server, russian, english, segments, report);
    }

    /**
     * The same lookups on the team server (word-table candidates), beside SQLite's. The memory is
     * built once and reused by later runs; a benchmark never needs a server, so without one the
     * line says why it is missing.
     */
    private static void benchmarkServerMemory(String server, List<String> russian, List<String> english,
                                              int segments, BenchmarkReport report) {
        if (server == null || server.isBlank()) {
            report.note("TM lookup on the team server: skipped, no server given (--tm-server"
                    + " postgresql://login@host:port/database, a database set up with 'rendition team init').");
            return;
        }
        try (UserProfile profile = TeamServer.openProfile(server)) {
            benchmarkMemory(profile, russian, english, segments, " on the team server (PostgreSQL, word table)", report,
                    () -> TeamServer.openProfile(server));
        } catch (WorkflowException e) {
            report.note("TM lookup on the team server: skipped, " + e.getMessage());
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

    /**
     * Builds the memory in committed batches while {@link #ANALYSTS} simulated analysts write
     * memory and history on their own connections, then says whether any of their rows were lost
     * or refused (the "eight analysts during a 1,000,000-unit import").
     */
    private static void buildWhileAnalystsWork(UserProfile profile, List<String> russian, List<String> english,
                                               int segments, String where, BenchmarkReport report,
                                               java.util.function.Supplier<UserProfile> analystProfiles, long start) {
        long imported;
        AnalystsAtWork analysts = AnalystsAtWork.start(ANALYSTS, analystProfiles);
        try {
            imported = profile.memory().importEntries(synthetic(russian, english, segments), 50_000, committed -> {
                if (committed % 200_000 == 0) {
                    report.note(String.format("  stored %,d segments (%.0f s)", committed,
                            (System.nanoTime() - start) / 1e9));
                }
            });
        } finally {
            try {
                analysts.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<String> lost = analysts.lost(profile, imported);
        report.note(String.format("  %d analysts wrote during the import%s: %,d history rows and %,d memory entries;"
                        + " %d errors, %s", ANALYSTS, where, analysts.historyRows(), analysts.memoryEntries(),
                analysts.errors().size(), lost.isEmpty() ? "nothing lost" : "LOST " + String.join("; ", lost)));
        analysts.errors().stream().limit(3).forEach(e -> report.note("    " + e));
    }

    private static void benchmarkMemory(UserProfile profile, List<String> russian, List<String> english,
                                        int segments, String where, BenchmarkReport report,
                                        java.util.function.Supplier<UserProfile> analystProfiles) {
        long start = System.nanoTime();
        if (profile.memory().size() == 0) {
            buildWhileAnalystsWork(profile, russian, english, segments, where, report, analystProfiles, start);
        }
        report.figure(String.format("TM build or reuse, %,d segments%s", profile.memory().size(), where),
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
        report.note(String.format("TM lookup%s at %,d segments (%d queries: 1/3 stored, 1/3 one word changed,"
                        + " 1/3 unseen): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %d exact, %d fuzzy-only hits",
                where, profile.memory().size(), QUERIES, pct(millis, 50), pct(millis, 95), pct(millis, 99),
                millis[millis.length - 1], exact, fuzzy));
        report.figure(String.format("TM lookup p95 @ %,d segments%s", profile.memory().size(), where), pct(millis, 95),
                "ms");
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
