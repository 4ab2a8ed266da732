package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.rendition.history.EventKind;
import org.rendition.history.HashChain;
import org.rendition.history.HistoryEvent;
import org.rendition.history.HistoryHead;
import org.rendition.history.HistoryRecord;

/** Appends history rows to the hash chain and reads them back; never updates or deletes. */
public final class HistoryStore {
    private static final String COLUMNS = "sequence, kind, job_id, occurred_at, os_user, document, source_lang,"
            + " target_lang, model_name, model_hash, segment_index, source_text, machine_output, final_text,"
            + " tm_hits, glossary_hits, previous_hash, hash, role, classification, comment";
    /** Hits are stored one per line; a hit description never contains a line break. */
    private static final String HIT_SEPARATOR = "\n";
    /** The advisory lock key of the history chain on the server: "RNDHIST" in ASCII. */
    private static final long CHAIN_LOCK = 0x524E4448495354L;

    private final Database database;

    public HistoryStore(Database database) {
        this.database = database;
    }

    /** Appends {@code event} after the current head, in one transaction with the new head. */
    public HistoryRecord append(HistoryEvent event) {
        return database.inTransaction(c -> {
            if (database.onServer()) {
                lockChain(c);
            }
            HistoryRecord r = HashChain.append(head(c), event);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO history_event (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                HistoryEvent e = r.event();
                insert.setLong(1, r.sequence());
                insert.setString(2, e.kind().name());
                insert.setString(3, e.jobId());
                insert.setString(4, e.at().toString());
                insert.setString(5, e.user());
                insert.setString(6, e.document());
                insert.setString(7, e.sourceLang());
                insert.setString(8, e.targetLang());
                insert.setString(9, e.modelName());
                insert.setString(10, e.modelHash());
                if (e.segmentIndex() == null) {
                    insert.setNull(11, Types.INTEGER);
                } else {
                    insert.setInt(11, e.segmentIndex());
                }
                insert.setString(12, e.source());
                insert.setString(13, e.machineOutput());
                insert.setString(14, e.finalText());
                insert.setString(15, String.join(HIT_SEPARATOR, e.tmHits()));
                insert.setString(16, String.join(HIT_SEPARATOR, e.glossaryHits()));
                insert.setString(17, r.previousHash());
                insert.setString(18, r.hash());
                insert.setString(19, e.role());
                insert.setString(20, e.classification());
                insert.setString(21, e.comment());
                insert.executeUpdate();
            }
            if (!database.onServer()) {
                // On the server the owner's trigger writes the head; no login may.
                try (PreparedStatement head = c.prepareStatement("INSERT INTO history_head (id, sequence, hash)"
                        + " VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence,"
                        + " hash = excluded.hash")) {
                    head.setLong(1, r.sequence());
                    head.setString(2, r.hash());
                    head.executeUpdate();
                }
            }
            return r;
        });
    }

    /**
     * Makes concurrent writers on the server take turns: each reads the head and appends after
     * it, so two at once would both claim the next row. An advisory lock needs no privilege on
     * the head, which logins may only read.
     */
    private static void lockChain(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
        }
    }

    /**
     * The number of rows the server's owner-kept anchor counted, which no login can write;
     * empty on a workstation's file, which has no such anchor.
     */
    public OptionalLong anchoredRowCount() {
        if (!database.onServer()) {
            return OptionalLong.empty();
        }
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT row_count FROM history_head WHERE id = 1")) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.of(0);
            }
        });
    }

    /**
     * How many segments of documents are saved in the profile: work that always writes history
     * rows, so saved segments beside an empty history show the history was wiped.
     */
    public long savedSegments() {
        return database.read(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM project_segment");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The last row the application wrote. */
    public HistoryHead head() {
        return database.read(HistoryStore::head);
    }

    private static HistoryHead head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT sequence, hash FROM history_head WHERE id = 1")) {
            return rows.next() ? new HistoryHead(rows.getLong(1), rows.getString(2)) : HistoryHead.EMPTY;
        }
    }

    /** The newest {@code limit} rows, oldest first. */
    public List<HistoryRecord> latest(int limit) {
        return select("SELECT * FROM (SELECT " + COLUMNS + " FROM history_event ORDER BY sequence DESC LIMIT "
                + limit + ") AS newest ORDER BY sequence", null);
    }

    /** Every row of one job, in order. */
    public List<HistoryRecord> job(String jobId) {
        return select("SELECT " + COLUMNS + " FROM history_event WHERE job_id = ? ORDER BY sequence", jobId);
    }

    /** Every row naming {@code document} (every row of its jobs: rows repeat the job's fields), in order. */
    public List<HistoryRecord> document(String document) {
        return select("SELECT " + COLUMNS + " FROM history_event WHERE document = ? ORDER BY sequence", document);
    }

    public Optional<HistoryRecord> get(long sequence) {
        return select("SELECT " + COLUMNS + " FROM history_event WHERE sequence = " + sequence, null)
                .stream().findFirst();
    }

    /** Every row in sequence order, streamed. */
    public void forEach(Consumer<HistoryRecord> consumer) {
        database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT " + COLUMNS + " FROM history_event ORDER BY sequence")) {
                while (rows.next()) {
                    consumer.accept(record(rows));
                }
            }
            return null;
        });
    }

    private List<HistoryRecord> select(String sql, String parameter) {
        return database.read(c -> {
            List<HistoryRecord> result = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(sql)) {
                if (parameter != null) {
                    q.setString(1, parameter);
                }
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        result.add(record(rows));
                    }
                }
            }
            return result;
        });
    }

    private static HistoryRecord record(ResultSet rows) throws SQLException {
        int segment = rows.getInt(11);
        Integer segmentIndex = rows.wasNull() ? null : segment;
        HistoryEvent event = new HistoryEvent(EventKind.valueOf(rows.getString(2)), Instant.parse(rows.getString(4)),
                new HistoryEvent.Job(rows.getString(3), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10)),
                new HistoryEvent.By(rows.getString(5), rows.getString(19)),
                new HistoryEvent.SegmentChange(segmentIndex, rows.getString(12), rows.getString(13),
                        rows.getString(14), hits(rows.getString(15)), hits(rows.getString(16))),
                new HistoryEvent.Review(rows.getString(20), rows.getString(21)));
        return new HistoryRecord(rows.getLong(1), event, rows.getString(17), rows.getString(18));
    }

    private static List<String> hits(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(HIT_SEPARATOR, -1));
    }
}
