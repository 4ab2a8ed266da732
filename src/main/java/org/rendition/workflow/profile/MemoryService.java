package org.rendition.workflow.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rendition.memory.FuzzyMatcher;
import org.rendition.memory.Origin;
import org.rendition.memory.TmCandidate;
import org.rendition.memory.TaggedText;
import org.rendition.memory.TmEntry;
import org.rendition.memory.TmMatch;
import org.rendition.memory.TmProperty;
import org.rendition.memory.TmxFormatException;
import org.rendition.memory.TmxHeader;
import org.rendition.memory.TmxReader;
import org.rendition.memory.TmxWarning;
import org.rendition.memory.TmxWriter;
import org.rendition.store.Database;
import org.rendition.store.TranslationMemoryStore;
import org.rendition.workflow.Languages;
import org.rendition.workflow.WorkflowException;

/**
 * The translation memory of a profile: confirm segments, look up exact and fuzzy matches,
 * import and export TMX. Obtain it from {@link UserProfile#memory()}.
 */
public final class MemoryService {
    /** Entries written per transaction during an import: a crash loses at most this many. */
    static final int IMPORT_BATCH = 100;
    /** Index candidates scored per lookup; enough that the best fuzzy matches are among them. */
    private static final int CANDIDATES = 300;
    private static final int MAX_FUZZY = 5;

    private final TranslationMemoryStore store;
    private final String user;

    MemoryService(Database database, String user) {
        this.store = new TranslationMemoryStore(database);
        this.user = user;
    }

    /** Stores a confirmed segment pair as the current OS user, now, and returns it with its id. */
    public TmEntry confirm(String sourceLang, String targetLang, String source, String target,
                           String document, Origin origin) {
        return confirm(sourceLang, targetLang, new TaggedText(source, List.of()), new TaggedText(target, List.of()),
                document, origin);
    }

    /**
     * Takes back an entry {@link #confirm} stored, when the analyst undoes that confirmation: the
     * memory is as it was before, with whatever entries the segment had then.
     */
    public void forget(TmEntry entry) {
        if (entry.id() != 0) {
            Guard.run(() -> store.remove(entry.id()));
        }
    }

    /**
     * Stores a confirmed segment pair with its inline tags (TMX codes over the source and the
     * target), as the current OS user, now, and returns it with its id.
     */
    public TmEntry confirm(String sourceLang, String targetLang, TaggedText source, TaggedText target,
                           String document, Origin origin) {
        TmEntry plain = TmEntry.confirmed(Languages.normalize(sourceLang), Languages.normalize(targetLang),
                source.text(), target.text(), document, user, Instant.now().truncatedTo(ChronoUnit.SECONDS), origin);
        TmEntry entry = new TmEntry(0, plain.sourceLang(), plain.targetLang(), plain.source(), plain.target(),
                plain.document(), null, plain.createdBy(), plain.created(), null, null, origin, List.of(),
                source.tags(), target.tags());
        return Guard.call(() -> store.add(entry));
    }

    /** Exact and fuzzy matches for {@code source} at the default threshold (75%). */
    public TmLookup lookup(String sourceLang, String targetLang, String source) {
        return lookup(sourceLang, targetLang, source, FuzzyMatcher.DEFAULT_THRESHOLD, MAX_FUZZY);
    }

    /** Exact and fuzzy matches for {@code source} scoring at least {@code threshold} percent. */
    public TmLookup lookup(String sourceLang, String targetLang, String source, int threshold) {
        return lookup(sourceLang, targetLang, source, threshold, MAX_FUZZY);
    }

    /**
     * Exact matches and up to {@code maxFuzzy} fuzzy matches scoring at least {@code threshold}
     * percent, each with its differences to {@code source}.
     */
    public TmLookup lookup(String sourceLang, String targetLang, String source, int threshold, int maxFuzzy) {
        String from = Languages.normalize(sourceLang);
        String to = Languages.normalize(targetLang);
        return Guard.call(() -> {
            List<TmMatch> exact = new ArrayList<>();
            Set<Long> exactIds = new HashSet<>();
            for (TmEntry entry : store.exactMatches(from, to, source)) {
                exact.add(FuzzyMatcher.rank(source, List.of(entry), 0, 1).get(0));
                exactIds.add(entry.id());
            }
            List<String> words = FuzzyMatcher.distinctWords(source);
            Map<String, Long> frequency = store.documentFrequencies(words);
            List<String> searched = FuzzyMatcher.searchWords(source, frequency, threshold);
            List<TmCandidate> candidates = new ArrayList<>(store.candidates(from, to, searched, words,
                    frequency, CANDIDATES));
            candidates.removeIf(c -> exactIds.contains(c.id()));
            // Scoring needs only the source; full entries are read for the few that are shown.
            List<FuzzyMatcher.Scored> best = FuzzyMatcher.best(source, candidates, threshold, maxFuzzy);
            Map<Long, TmEntry> entries = new HashMap<>();
            store.entries(best.stream().map(s -> s.candidate().id()).toList()).forEach(e -> entries.put(e.id(), e));
            List<TmMatch> fuzzy = new ArrayList<>();
            for (FuzzyMatcher.Scored s : best) {
                TmEntry entry = entries.get(s.candidate().id());
                if (entry != null) {
                    fuzzy.add(new TmMatch(entry, s.comparison().score(), s.comparison().differences()));
                }
            }
            // Equal scores: the entry in the asked-for regions (en-US for en-US) comes first.
            fuzzy.sort(java.util.Comparator.comparingInt((TmMatch m) -> -m.score())
                    .thenComparingInt(m -> -TranslationMemoryStore.regionAffinity(m.entry(), sourceLang, targetLang)));
            return new TmLookup(exact, fuzzy);
        });
    }

    /**
     * Concordance: up to {@code max} entries of the pair whose source or target holds {@code text}
     * as a run of words (case, accents and punctuation between words aside): sources first, the
     * ones with its rarest words first, then targets. The word index narrows the sources, as for
     * fuzzy lookups, so that side stays fast on a large memory; targets are read by their text.
     */
    public List<TmEntry> concordance(String sourceLang, String targetLang, String text, int max) {
        List<String> wanted = foldedWords(text);
        if (wanted.isEmpty() || max <= 0) {
            return List.of();
        }
        String from = Languages.normalize(sourceLang);
        String to = Languages.normalize(targetLang);
        List<String> words = FuzzyMatcher.distinctWords(text);
        // The longest word narrows the targets most; the whole run is checked on what it finds.
        String narrowing = org.rendition.memory.SegmentTokenizer.tokenize(text).stream()
                .filter(org.rendition.memory.Token::word).map(org.rendition.memory.Token::text)
                .max(java.util.Comparator.comparingInt(String::length)).orElse(text);
        return Guard.call(() -> {
            Map<String, Long> frequency = store.documentFrequencies(words);
            List<Long> ids = store.candidates(from, to, words, words, frequency, CANDIDATES).stream()
                    .filter(c -> java.util.Collections.indexOfSubList(foldedWords(c.source()), wanted) >= 0)
                    .limit(max).map(TmCandidate::id).toList();
            List<TmEntry> found = new ArrayList<>(store.entries(ids));
            Set<Long> seen = new HashSet<>(ids);
            for (TmEntry entry : store.targetsContaining(from, to, narrowing, CANDIDATES)) {
                if (found.size() >= max) {
                    break;
                }
                if (seen.add(entry.id()) && java.util.Collections.indexOfSubList(foldedWords(entry.target()), wanted) >= 0) {
                    found.add(entry);
                }
            }
            return List.copyOf(found);
        });
    }

    private static List<String> foldedWords(String text) {
        return org.rendition.memory.SegmentTokenizer.tokenize(text).stream()
                .filter(org.rendition.memory.Token::word)
                .map(org.rendition.memory.Token::folded).toList();
    }

    /** The number of entries in the memory. */
    public long size() {
        return Guard.call(store::count);
    }

    /**
     * Imports a TMX file. The whole file is checked first, so a file that is not well-formed
     * imports nothing; then entries are stored in committed batches, and {@code progress} hears
     * of each. A unit already in the memory (same tuid, or same text without one) is updated,
     * not added again; a unit that cannot be used is skipped and reported to {@code skipped}
     * with its line. Language tags are kept as the file writes them.
     *
     * @return the number of entries imported or updated
     */
    public long importTmx(Path file, ImportProgress progress, Consumer<TmxWarning> skipped) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TmxReader reader = new TmxReader(user, now);
        TmxHeader header = readTmx(file, reader, entry -> { }, warning -> { });
        // The header goes back out with these units (exportTmx), so it is kept before them.
        long headerId = Guard.call(() -> store.addHeader(String.valueOf(file.getFileName()), now, header));
        long[] total = {0};
        List<TmEntry> batch = new ArrayList<>(IMPORT_BATCH);
        readTmx(file, reader, entry -> {
            batch.add(entry);
            if (batch.size() == IMPORT_BATCH) {
                total[0] += store(batch, progress, total[0], headerId);
            }
        }, skipped);
        if (!batch.isEmpty()) {
            total[0] += store(batch, progress, total[0], headerId);
        }
        // An earlier import of the same file whose units were all updated now leaves its header unused.
        Guard.run(store::removeUnusedHeaders);
        return total[0];
    }

    /** {@link #importTmx(Path, ImportProgress, Consumer)}, with skipped units only counted out. */
    public long importTmx(Path file, ImportProgress progress) {
        return importTmx(file, progress, warning -> { });
    }

    /**
     * Stores entries from another source (a converter, a bulk load) in committed transactions
     * of {@code batchSize}; {@code progress} hears of each commit.
     *
     * @return the number of entries stored
     */
    public long importEntries(Iterator<TmEntry> entries, int batchSize, ImportProgress progress) {
        Iterator<TmEntry> normalizedEntries = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public TmEntry next() {
                return normalized(entries.next());
            }
        };
        return Guard.call(() -> store.addInBatches(normalizedEntries, batchSize, progress::committed));
    }

    private long store(List<TmEntry> batch, ImportProgress progress, long before, long headerId) {
        int size = batch.size();
        Guard.call(() -> store.importInBatches(batch.iterator(), size, n -> { }, headerId));
        batch.clear();
        progress.committed(before + size);
        return size;
    }

    /** {@code entry} with the attributes its own header gave it and the written one does not, unless it has them. */
    private static TmEntry withDefaults(TmEntry entry, List<TmProperty> defaults) {
        if (defaults.isEmpty()) {
            return entry;
        }
        List<TmProperty> properties = new ArrayList<>(entry.properties());
        for (TmProperty d : defaults) {
            boolean has = properties.stream().anyMatch(p -> p.scope() == TmProperty.Scope.UNIT
                    && p.kind() == TmProperty.Kind.ATTRIBUTE && d.type().equals(p.type()));
            if (!has) {
                properties.add(d);
            }
        }
        return entry.withProperties(properties);
    }

    private static TmEntry normalized(TmEntry e) {
        return new TmEntry(0, Languages.normalize(e.sourceLang()), Languages.normalize(e.targetLang()),
                e.source(), e.target(), e.document(), e.tuid(), e.createdBy(), e.created(), e.changedBy(),
                e.changed(), e.origin(), e.properties());
    }

    private static TmxHeader readTmx(Path file, TmxReader reader, Consumer<TmEntry> consumer,
                                     Consumer<TmxWarning> skipped) {
        try {
            return reader.read(file, consumer, skipped);
        } catch (TmxFormatException e) {
            throw new WorkflowException("The TMX file " + file + " is malformed at line " + e.line() + ": "
                    + e.getMessage().substring(e.getMessage().indexOf(": ") + 2)
                    + ". Fix the file or export it again; nothing was imported.", e);
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the TMX file " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /**
     * Writes the memory (only entries with source language {@code sourceLang}, when not null)
     * as TMX 1.4b.
     *
     * <p>The header is the one of the imported file most of the entries came from, as it was
     * read (Rendition's own when most were confirmed here), so a memory imported from one file
     * goes out with that file's header. Units that came under another header take the notes,
     * props and user-defined entities of theirs into the written header, and its unit defaults
     * (creationtool, segtype, datatype …) as attributes of their own.
     *
     * @return the number of entries written
     */
    public long exportTmx(Path file, String sourceLang) {
        String from = sourceLang == null ? null : Languages.normalize(sourceLang);
        long[] written = {0};
        try (OutputStream out = OwnerOnlyFiles.newOutputStream(file)) {
            Map<Long, Long> use = Guard.call(() -> store.headerUse(from));
            // In the order the files were imported, so the written header lists their notes and props in that order.
            Map<Long, TmxHeader> headers = new java.util.LinkedHashMap<>();
            TmxHeader own = TmxHeader.rendition(from);
            for (long id : use.keySet()) {
                headers.put(id, id == 0 ? own : Guard.call(() -> store.header(id)).orElse(own));
            }
            long most = use.entrySet().stream().max(Map.Entry.<Long, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(0L);
            TmxHeader chosen = headers.getOrDefault(most, own);
            for (TmxHeader other : headers.values()) {
                chosen = chosen.withContentOf(other);
            }
            TmxHeader header = chosen;
            Map<Long, List<TmProperty>> defaults = new HashMap<>();
            headers.forEach((id, h) -> defaults.put(id, h.unitDefaultsUnder(header)));
            TmxWriter writer = new TmxWriter(out, header);
            Guard.run(() -> store.forEachWithHeader(from, (entry, headerId) -> {
                try {
                    writer.write(withDefaults(entry, defaults.getOrDefault(headerId, List.of())));
                    written[0]++;
                } catch (IOException e) {
                    throw new WorkflowException("Cannot write the TMX file " + file + ": " + e.getMessage() + ".", e);
                }
            }));
            writer.close();
        } catch (IOException e) {
            throw new WorkflowException("Cannot write the TMX file " + file + ": " + e.getMessage() + ".", e);
        }
        return written[0];
    }
}
