package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.rendition.memory.InlineTag;
import org.rendition.memory.Origin;
import org.rendition.memory.SegmentTokenizer;
import org.rendition.memory.SourceKey;
import org.rendition.memory.TmCandidate;
import org.rendition.memory.TmEntry;
import org.rendition.memory.TaggedText;
import org.rendition.memory.TmProperty;
import org.rendition.memory.TmxHeader;
import org.rendition.text.LanguageTag;

/**
 * Reads and writes translation-memory entries and keeps their word index in step.
 *
 * <p>Languages are stored as the entry gives them ({@code en-US}) and matched on
 * {@link LanguageTag#matchKey language and script}, so an {@code en-US}→{@code ru-RU} memory
 * serves a lookup for {@code ru}→{@code en}; entries of the asked-for region come first.
 */
public final class TranslationMemoryStore {
    private static final String COLUMNS = "e.id, e.source_lang, e.target_lang, e.source, e.target,"
            + " e.document, e.tuid, e.created_by, e.created_at, e.changed_by, e.changed_at, e.origin,"
            + " e.source_markup, e.target_markup";
    /** Word frequencies only steer which words are searched, so a stale value costs speed, never a match. */
    private static final int FREQUENCY_CACHE_LIMIT = 200_000;
    /** Rows read per searched word: bounds a lookup's cost when a word is in most segments. */
    static final int WORD_CAP = 5_000;
    /** Rows read for a common word when the sentence also has rarer words. */
    static final int COMMON_WORD_ROWS = 500;

    private final Database database;
    /** SQLite keeps an FTS5 word index beside the entries; the server a word table. */
    private final WordIndex wordIndex;
    /** SQLite numbers a row given NULL, PostgreSQL's identity column only when asked. */
    private final boolean server;
    private final Map<String, Long> frequencyCache = new ConcurrentHashMap<>();

    public TranslationMemoryStore(Database database) {
        this.database = database;
        this.wordIndex = WordIndex.of(database.dialect());
        this.server = database.dialect() == Dialect.POSTGRESQL;
    }

    /** Stores one entry and returns it with its id. */
    public TmEntry add(TmEntry entry) {
        long id = database.inTransaction(c -> insert(c, List.of(entry)).get(0));
        return entry.withId(id);
    }

    /**
     * Stores {@code entries} in transactions of {@code batchSize}; after each commit
     * {@code committed} receives the number of entries stored so far. A crash loses at most
     * the batch in progress, never part of one.
     */
    public long addInBatches(Iterator<TmEntry> entries, int requestedBatch, LongConsumer committed) {
        int batchSize = database.largestBatch(requestedBatch);
        long total = 0;
        List<TmEntry> batch = new ArrayList<>(batchSize);
        while (entries.hasNext()) {
            batch.add(entries.next());
            if (batch.size() == batchSize || !entries.hasNext()) {
                List<TmEntry> toWrite = batch;
                database.inTransaction(c -> insert(c, toWrite));
                total += batch.size();
                batch = new ArrayList<>(batchSize);
                committed.accept(total);
                if (entries.hasNext()) {
                    database.giveWayToOtherWriters();
                }
            }
        }
        return total;
    }

    /**
     * Stores imported {@code entries} in transactions of {@code batchSize}, updating instead of
     * adding an entry already there, so importing a file twice leaves one copy. An entry is the
     * same as a stored one when both have the tuid and languages, or, without a tuid, the same
     * languages, source and target; entries of the same import (same {@code headerId}) are never
     * the same, so a file that holds a unit twice keeps both. {@code committed} hears the count
     * after each commit.
     *
     * <p>Each entry is also stored {@link TmEntry#reversed reversed}, marked so, so the unit
     * answers lookups in both directions; {@link #forEach} and {@link #count} leave that row out.
     *
     * @return how many entries were added and how many updated
     */
    public ImportCount importInBatches(Iterator<TmEntry> entries, int requestedBatch, LongConsumer committed) {
        return importInBatches(entries, requestedBatch, committed, null);
    }

    /**
     * As {@link #importInBatches(Iterator, int, LongConsumer)}, the entries recorded as read under
     * the header {@code headerId} ({@link #addHeader}), or under none when it is null.
     */
    public ImportCount importInBatches(Iterator<TmEntry> entries, int requestedBatch, LongConsumer committed,
                                       Long headerId) {
        int batchSize = database.largestBatch(requestedBatch);
        long added = 0;
        long updated = 0;
        List<TmEntry> batch = new ArrayList<>(batchSize);
        while (entries.hasNext()) {
            batch.add(entries.next());
            if (batch.size() == batchSize || !entries.hasNext()) {
                List<TmEntry> toWrite = batch;
                long changed = database.inTransaction(c -> {
                    upsert(c, toWrite.stream().map(TmEntry::reversed).toList(), true, headerId);
                    return upsert(c, toWrite, false, headerId);
                });
                updated += changed;
                added += batch.size() - changed;
                batch = new ArrayList<>(batchSize);
                committed.accept(added + updated);
                if (entries.hasNext()) {
                    database.giveWayToOtherWriters();
                }
            }
        }
        return new ImportCount(added, updated);
    }

    /** What an import did: entries added, and entries that were already there and were updated. */
    public record ImportCount(long added, long updated) {
        public long total() {
            return added + updated;
        }
    }

    /**
     * Keeps a TMX file's header, to be written again when the units it brought are exported;
     * {@code file} names the file it came from.
     *
     * @return the header's id, for {@link #importInBatches(Iterator, int, LongConsumer, Long)}
     */
    public long addHeader(String file, Instant importedAt, TmxHeader header) {
        return database.inTransaction(c -> {
            long id;
            try (PreparedStatement row = c.prepareStatement("INSERT INTO tm_header (file, imported_at) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                row.setString(1, file);
                row.setString(2, importedAt.toString());
                row.executeUpdate();
                try (ResultSet keys = row.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement item = c.prepareStatement("INSERT INTO tm_header_item (header_id, position, kind,"
                    + " type, lang, value) VALUES (?, ?, ?, ?, ?, ?)")) {
                addProperties(item, id, concat(header.attributes(), header.content()), false);
                item.executeBatch();
            }
            return id;
        });
    }

    private static List<TmProperty> concat(List<TmProperty> a, List<TmProperty> b) {
        List<TmProperty> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The header kept as {@code id}; empty when there is none. */
    public Optional<TmxHeader> header(long id) {
        return database.read(c -> {
            List<TmProperty> attributes = new ArrayList<>();
            List<TmProperty> content = new ArrayList<>();
            boolean found;
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM tm_header WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet rows = q.executeQuery()) {
                    found = rows.next() && rows.getLong(1) > 0;
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT kind, type, lang, value FROM tm_header_item"
                    + " WHERE header_id = ? ORDER BY position")) {
                q.setLong(1, id);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        TmProperty p = new TmProperty(TmProperty.Kind.valueOf(rows.getString(1)), rows.getString(2),
                                rows.getString(3), rows.getString(4));
                        (p.kind() == TmProperty.Kind.ATTRIBUTE ? attributes : content).add(p);
                    }
                }
            }
            return found ? Optional.of(new TmxHeader(attributes, content)) : Optional.empty();
        });
    }

    /**
     * How many entries (of one source language, when {@code sourceLang} is not null; reversed
     * rows left out) came under each kept header, in order of the headers' ids; the key 0 counts
     * the entries that came under none (confirmed in Rendition, or stored before headers were kept).
     */
    public Map<Long, Long> headerUse(String sourceLang) {
        return database.read(c -> {
            Map<Long, Long> use = new java.util.TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(header_id, 0), count(*) FROM tm_entry"
                    + " WHERE reversed = 0" + (sourceLang == null ? "" : " AND source_match = ?")
                    + " GROUP BY COALESCE(header_id, 0)")) {
                if (sourceLang != null) {
                    q.setString(1, LanguageTag.matchKey(sourceLang));
                }
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        use.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
            return use;
        });
    }

    /** Forgets the headers no entry came under any more (every unit of their file was imported again since). */
    public void removeUnusedHeaders() {
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                String unused = "SELECT h.id FROM tm_header h WHERE NOT EXISTS"
                        + " (SELECT 1 FROM tm_entry e WHERE e.header_id = h.id)";
                s.executeUpdate("DELETE FROM tm_header_item WHERE header_id IN (" + unused + ")");
                return s.executeUpdate("DELETE FROM tm_header WHERE id IN (" + unused + ")");
            }
        });
    }

    private long upsert(Connection c, List<TmEntry> entries, boolean reversed, Long headerId) throws SQLException {
        List<TmEntry> fresh = new ArrayList<>();
        long updated = 0;
        // A unit of this same import is never the one another updates: a file that holds a unit
        // twice keeps both, as it keeps every unit, and imported again updates each in turn.
        String flag = " AND reversed = " + (reversed ? 1 : 0)
                + (headerId == null ? "" : " AND (header_id IS NULL OR header_id <> " + headerId + ")");
        try (PreparedStatement byTuid = c.prepareStatement("SELECT id FROM tm_entry WHERE tuid = ?"
                + " AND source_match = ? AND target_match = ?" + flag + " ORDER BY id LIMIT 1");
             PreparedStatement byText = c.prepareStatement("SELECT id FROM tm_entry WHERE source_key = ?"
                     + " AND source_match = ? AND target_match = ? AND source = ? AND target = ? AND tuid IS NULL"
                     + flag + " ORDER BY id LIMIT 1")) {
            for (TmEntry e : entries) {
                PreparedStatement find;
                if (e.tuid() != null) {
                    find = byTuid;
                    find.setString(1, e.tuid());
                    find.setString(2, LanguageTag.matchKey(e.sourceLang()));
                    find.setString(3, LanguageTag.matchKey(e.targetLang()));
                } else {
                    find = byText;
                    find.setLong(1, SourceKey.of(e.source()));
                    find.setString(2, LanguageTag.matchKey(e.sourceLang()));
                    find.setString(3, LanguageTag.matchKey(e.targetLang()));
                    find.setString(4, e.source());
                    find.setString(5, e.target());
                }
                Long existing = null;
                try (ResultSet rows = find.executeQuery()) {
                    if (rows.next()) {
                        existing = rows.getLong(1);
                    }
                }
                if (existing == null) {
                    fresh.add(e);
                } else {
                    replace(c, existing, e, reversed, headerId);
                    updated++;
                }
            }
        }
        insert(c, fresh, reversed, headerId);
        return updated;
    }

    /** Removes the entry {@code id}, its index words and its properties; nothing when there is no such entry. */
    public void remove(long id) {
        database.inTransaction(c -> {
            deleteEntry(c, id);
            return null;
        });
    }

    private void deleteEntry(Connection c, long id) throws SQLException {
        try (PreparedStatement old = c.prepareStatement("SELECT source FROM tm_entry WHERE id = ?")) {
            old.setLong(1, id);
            try (ResultSet rows = old.executeQuery()) {
                if (rows.next()) {
                    wordIndex.remove(c, id, rows.getString(1));
                }
            }
        }
        try (PreparedStatement deleteProperties = c.prepareStatement("DELETE FROM tm_property WHERE entry_id = ?");
             PreparedStatement deleteRow = c.prepareStatement("DELETE FROM tm_entry WHERE id = ?")) {
            deleteProperties.setLong(1, id);
            deleteProperties.executeUpdate();
            deleteRow.setLong(1, id);
            deleteRow.executeUpdate();
        }
    }

    /** Overwrites the stored entry {@code id} with {@code e}, its index words and its properties. */
    private void replace(Connection c, long id, TmEntry e, boolean reversed, Long headerId) throws SQLException {
        deleteEntry(c, id);
        // Same id, so what refers to the entry (a segment's inserted match) still does.
        insert(c, List.of(e.withId(id)), reversed, headerId);
    }

    private List<Long> insert(Connection c, List<TmEntry> entries) throws SQLException {
        return insert(c, entries, false, null);
    }

    private List<Long> insert(Connection c, List<TmEntry> entries, boolean reversed, Long headerId)
            throws SQLException {
        List<Long> ids = new ArrayList<>(entries.size());
        try (PreparedStatement row = c.prepareStatement("INSERT INTO tm_entry (source_lang, target_lang,"
                + " source, target, source_key, document, tuid, created_by, created_at, changed_by,"
                + " changed_at, origin, source_match, target_match, source_markup, target_markup, id, reversed,"
                + " header_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + newId() + ", ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement index = wordIndex.prepareAdd(c);
             PreparedStatement property = c.prepareStatement("INSERT INTO tm_property (entry_id, position,"
                     + " kind, type, lang, value, scope) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (TmEntry e : entries) {
                row.setString(1, e.sourceLang());
                row.setString(2, e.targetLang());
                row.setString(3, e.source());
                row.setString(4, e.target());
                row.setLong(5, SourceKey.of(e.source()));
                row.setString(6, e.document());
                row.setString(7, e.tuid());
                row.setString(8, e.createdBy());
                row.setString(9, e.created().toString());
                row.setString(10, e.changedBy());
                row.setString(11, e.changed() == null ? null : e.changed().toString());
                row.setString(12, e.origin().name());
                row.setString(13, LanguageTag.matchKey(e.sourceLang()));
                row.setString(14, LanguageTag.matchKey(e.targetLang()));
                setNullable(row, 15, e.sourceTags().isEmpty() ? null : e.taggedSource().toTmx());
                setNullable(row, 16, e.targetTags().isEmpty() ? null : e.taggedTarget().toTmx());
                if (e.id() == 0) {
                    row.setNull(17, Types.INTEGER);
                } else {
                    row.setLong(17, e.id());
                }
                row.setInt(18, reversed ? 1 : 0);
                if (headerId == null) {
                    row.setNull(19, Types.BIGINT);
                } else {
                    row.setLong(19, headerId);
                }
                row.executeUpdate();
                long id;
                try (ResultSet keys = row.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                ids.add(id);
                wordIndex.add(index, id, SegmentTokenizer.indexWords(e.source()));
                addProperties(property, id, e.properties(), true);
            }
            index.executeBatch();
            property.executeBatch();
        }
        return ids;
    }

    /**
     * Adds a batch row per property to {@code insert} (owner, position, kind, type, lang, value
     * and, when {@code scoped}, the scope: NULL for the unit), positions counted from 0.
     */
    private static void addProperties(PreparedStatement insert, long owner, List<TmProperty> properties,
                                      boolean scoped) throws SQLException {
        int position = 0;
        for (TmProperty p : properties) {
            insert.setLong(1, owner);
            insert.setInt(2, position++);
            insert.setString(3, p.kind().name());
            setNullable(insert, 4, p.type());
            setNullable(insert, 5, p.lang());
            insert.setString(6, p.value());
            if (scoped) {
                setNullable(insert, 7, p.scope() == TmProperty.Scope.UNIT ? null : p.scope().name());
            }
            insert.addBatch();
        }
    }

    /**
     * The id column's value: SQLite numbers a row given NULL, PostgreSQL's identity column only
     * when the column is left out, so there a NULL asks the sequence.
     */
    private String newId() {
        return server ? "COALESCE(?, nextval(pg_get_serial_sequence('tm_entry', 'id')))" : "?";
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /**
     * Entries of the language pair (matched on language and script) whose source equals
     * {@code source} after whitespace normalisation: those of the asked-for regions first,
     * then newest first.
     */
    public List<TmEntry> exactMatches(String sourceLang, String targetLang, String source) {
        String wanted = SourceKey.normalize(source);
        List<TmEntry> matches = database.read(c -> {
            List<TmEntry> found = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM tm_entry e"
                    + " WHERE e.source_key = ? AND e.source_match = ? AND e.target_match = ?"
                    + " ORDER BY e.created_at DESC, e.id DESC")) {
                q.setLong(1, SourceKey.of(source));
                q.setString(2, LanguageTag.matchKey(sourceLang));
                q.setString(3, LanguageTag.matchKey(targetLang));
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        TmEntry entry = entry(rows, List.of());
                        if (SourceKey.normalize(entry.source()).equals(wanted)) {
                            found.add(entry);
                        }
                    }
                }
            }
            return withProperties(c, found);
        });
        List<TmEntry> ranked = new ArrayList<>(matches);
        ranked.sort(Comparator.comparingInt(e -> -regionAffinity(e, sourceLang, targetLang)));
        return ranked;
    }

    /** 2 when both regions are the asked-for ones, 1 when one is, 0 when neither: ranks, never filters. */
    public static int regionAffinity(TmEntry entry, String sourceLang, String targetLang) {
        return (LanguageTag.sameRegion(entry.sourceLang(), sourceLang) ? 1 : 0)
                + (LanguageTag.sameRegion(entry.targetLang(), targetLang) ? 1 : 0);
    }

    /**
     * How many indexed sources contain each of {@code words} (folded index words), counted up
     * to {@link #WORD_CAP}: beyond that a word is simply "common", and counting further would
     * cost more than it tells.
     */
    public Map<String, Long> documentFrequencies(Collection<String> words) {
        Map<String, Long> result = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String word : words) {
            Long cached = frequencyCache.get(word);
            if (cached == null) {
                missing.add(word);
            } else {
                result.put(word, cached);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Long> looked = database.read(c -> wordIndex.frequencies(c, missing, WORD_CAP));
            if (frequencyCache.size() > FREQUENCY_CACHE_LIMIT) {
                frequencyCache.clear();
            }
            frequencyCache.putAll(looked);
            result.putAll(looked);
        }
        return result;
    }

    /**
     * Up to {@code limit} entries (id and source only) of the language pair whose sources contain any of
     * {@code searched}, ranked by the summed rarity of the words they contain, so the caller
     * scores a short list instead of every row.
     *
     * <p>Each word's row list is read newest first and cut at {@link #WORD_CAP} rows. When a
     * searched word is that common, the sources containing every word of {@code allWords}
     * are added as well, so near-identical sources are never lost to the cut.
     *
     * @param frequency document frequencies as {@link #documentFrequencies} returns them
     */
    public List<TmCandidate> candidates(String sourceLang, String targetLang, List<String> searched,
                                    List<String> allWords, Map<String, Long> frequency, int limit) {
        if (searched.isEmpty()) {
            return List.of();
        }
        return database.read(c -> {
            double total = 1 + maxId(c);
            Map<Long, Double> rarity = new HashMap<>();
            boolean cut = false;
            boolean anyRare = searched.stream().anyMatch(w -> frequency.getOrDefault(w, 0L) < WORD_CAP);
            Map<String, Integer> limits = new LinkedHashMap<>();
            for (String word : searched) {
                boolean common = frequency.getOrDefault(word, 0L) >= WORD_CAP;
                cut |= common;
                // A common word adds little rarity; when rarer words find the candidates, reading
                // thousands of its rows only costs time (it set the p95 at 1M segments).
                limits.put(word, common && anyRare ? COMMON_WORD_ROWS : WORD_CAP);
            }
            for (Map.Entry<String, List<Long>> word : wordIndex.postings(c, limits).entrySet()) {
                double weight = Math.log(total / (1 + frequency.getOrDefault(word.getKey(), 0L)));
                word.getValue().forEach(id -> rarity.merge(id, weight, Double::sum));
            }
            // Sources holding every word also hold the rare ones, whose full row lists were read
            // above; only when every word is common must the (slow) intersection find them.
            if (cut && !anyRare && allWords.size() > 1) {
                wordIndex.holdingAll(c, allWords, limit).forEach(id -> rarity.put(id, Double.MAX_VALUE));
            }
            List<Long> best = rarity.entrySet().stream()
                    .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .limit(limit).map(Map.Entry::getKey).toList();
            return sources(c, best, sourceLang, targetLang);
        });
    }

    /**
     * Up to {@code limit} entries of the pair (matched on language and script) whose target holds
     * {@code fragment}, as written or in lower case, newest first. Targets have no word index, so
     * this reads the pair's rows: for a concordance a person asked for, not for every segment.
     */
    public List<TmEntry> targetsContaining(String sourceLang, String targetLang, String fragment, int limit) {
        String escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return database.read(c -> {
            List<TmEntry> found = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM tm_entry e"
                    + " WHERE e.source_match = ? AND e.target_match = ?"
                    + " AND (e.target LIKE ? ESCAPE '\\' OR lower(e.target) LIKE ? ESCAPE '\\')"
                    + " ORDER BY e.id DESC LIMIT ?")) {
                q.setString(1, LanguageTag.matchKey(sourceLang));
                q.setString(2, LanguageTag.matchKey(targetLang));
                q.setString(3, "%" + escaped + "%");
                q.setString(4, "%" + escaped.toLowerCase(java.util.Locale.ROOT) + "%");
                q.setInt(5, limit);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        found.add(entry(rows, List.of()));
                    }
                }
            }
            return withProperties(c, found);
        });
    }

    /** The entries with these ids, in the order given; ids not found are left out. */
    public List<TmEntry> entries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(c -> {
            Map<Long, TmEntry> byId = new HashMap<>();
            try (Statement q = c.createStatement();
                 ResultSet rows = q.executeQuery("SELECT " + COLUMNS + " FROM tm_entry e WHERE e.id IN ("
                         + idList(ids) + ")")) {
                while (rows.next()) {
                    TmEntry e = entry(rows, List.of());
                    byId.put(e.id(), e);
                }
            }
            List<TmEntry> ordered = new ArrayList<>();
            for (long id : ids) {
                if (byId.containsKey(id)) {
                    ordered.add(byId.get(id));
                }
            }
            return withProperties(c, ordered);
        });
    }

    private static String idList(List<Long> ids) {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.length() == 0 ? "" : ",").append(id);
        }
        return list.toString();
    }

    private static long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT max(id) FROM tm_entry")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static List<TmCandidate> sources(Connection c, List<Long> ids, String sourceLang, String targetLang)
            throws SQLException {
        List<TmCandidate> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT id, source FROM tm_entry WHERE id IN ("
                + idList(ids) + ") AND source_match = ? AND target_match = ?")) {
            q.setString(1, LanguageTag.matchKey(sourceLang));
            q.setString(2, LanguageTag.matchKey(targetLang));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(new TmCandidate(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        return found;
    }

    /**
     * Every entry (of one source language, matched on language and script, when
     * {@code sourceLang} is not null) in id order, as it was confirmed or imported (reversed
     * rows left out), so an export writes each unit once.
     */
    public void forEach(String sourceLang, Consumer<TmEntry> consumer) {
        forEachWithHeader(sourceLang, (entry, header) -> consumer.accept(entry));
    }

    /**
     * As {@link #forEach(String, Consumer)}, with the id of the header each entry came under
     * ({@link #addHeader}), 0 for none.
     */
    public void forEachWithHeader(String sourceLang, java.util.function.ObjLongConsumer<TmEntry> consumer) {
        database.read(c -> {
            String sql = "SELECT " + COLUMNS + ", COALESCE(e.header_id, 0) FROM tm_entry e WHERE e.reversed = 0"
                    + (sourceLang == null ? "" : " AND e.source_match = ?") + " ORDER BY e.id";
            try (PreparedStatement q = c.prepareStatement(sql);
                 PreparedStatement props = c.prepareStatement("SELECT kind, type, lang, value, scope FROM tm_property"
                         + " WHERE entry_id = ? ORDER BY position")) {
                if (sourceLang != null) {
                    q.setString(1, LanguageTag.matchKey(sourceLang));
                }
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        props.setLong(1, rows.getLong(1));
                        List<TmProperty> properties = new ArrayList<>();
                        try (ResultSet p = props.executeQuery()) {
                            while (p.next()) {
                                properties.add(property(p, 1));
                            }
                        }
                        consumer.accept(entry(rows, properties), rows.getLong(15));
                    }
                }
            }
            return null;
        });
    }

    /** The number of stored entries, each imported unit counted once (not its reversed row). */
    public long count() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT count(*) FROM tm_entry WHERE reversed = 0")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static List<TmEntry> withProperties(Connection c, List<TmEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<TmProperty>> byEntry = new LinkedHashMap<>();
        StringBuilder ids = new StringBuilder();
        for (TmEntry e : entries) {
            ids.append(ids.length() == 0 ? "" : ",").append(e.id());
        }
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT entry_id, kind, type, lang, value, scope FROM tm_property"
                     + " WHERE entry_id IN (" + ids + ") ORDER BY entry_id, position")) {
            while (rows.next()) {
                byEntry.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(property(rows, 2));
            }
        }
        if (byEntry.isEmpty()) {
            return entries;
        }
        List<TmEntry> result = new ArrayList<>(entries.size());
        for (TmEntry e : entries) {
            List<TmProperty> props = byEntry.get(e.id());
            result.add(props == null ? e : e.withProperties(props));
        }
        return result;
    }

    /** The property in columns kind, type, lang, value, scope from {@code first} on. */
    private static TmProperty property(ResultSet rows, int first) throws SQLException {
        String scope = rows.getString(first + 4);
        return new TmProperty(TmProperty.Kind.valueOf(rows.getString(first)), rows.getString(first + 1),
                rows.getString(first + 2), rows.getString(first + 3),
                scope == null ? TmProperty.Scope.UNIT : TmProperty.Scope.valueOf(scope));
    }

    private static TmEntry entry(ResultSet rows, List<TmProperty> properties) throws SQLException {
        String changed = rows.getString(11);
        return new TmEntry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                Instant.parse(rows.getString(9)), rows.getString(10),
                changed == null ? null : Instant.parse(changed), Origin.valueOf(rows.getString(12)),
                properties, tags(rows.getString(13)), tags(rows.getString(14)));
    }

    private static List<InlineTag> tags(String markup) {
        return markup == null ? List.of() : TaggedText.fromTmx(markup).tags();
    }
}
