package org.rendition.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rendition.documents.Segment;
import org.rendition.documents.SegmentStatus;

/**
 * Saves open documents segment by segment. Every save is its own committed transaction, so a
 * killed process keeps every segment saved before it died.
 */
public final class ProjectStore {
    private final Database database;

    public ProjectStore(Database database) {
        this.database = database;
    }

    /** The id of the project for this file at this content hash, created if new. */
    public long project(String file, String sha256) {
        return database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO project (file, file_sha256, updated)"
                    + " VALUES (?, ?, ?) ON CONFLICT (file, file_sha256) DO NOTHING")) {
                insert.setString(1, file);
                insert.setString(2, sha256);
                insert.setString(3, Instant.now().toString());
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id FROM project WHERE file = ? AND file_sha256 = ?")) {
                select.setString(1, file);
                select.setString(2, sha256);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /**
     * Saves one segment (replacing its previous state). A new target drops the confidence saved
     * for the old one: a score belongs to the target it judged.
     */
    public void save(long project, Segment segment) {
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO project_segment"
                    + " (project_id, idx, paragraph, source, target, status, tm_score, target_tags)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (project_id, idx) DO UPDATE SET paragraph = excluded.paragraph,"
                    + " source = excluded.source, target = excluded.target, status = excluded.status,"
                    + " tm_score = excluded.tm_score, target_tags = excluded.target_tags, confidence = CASE WHEN project_segment.target = excluded.target"
                    + " THEN project_segment.confidence ELSE NULL END");
                 PreparedStatement touch = c.prepareStatement("UPDATE project SET updated = ? WHERE id = ?")) {
                upsert.setLong(1, project);
                upsert.setInt(2, segment.index());
                upsert.setInt(3, segment.paragraph());
                upsert.setString(4, segment.source());
                upsert.setString(5, segment.target());
                upsert.setString(6, segment.status().name());
                upsert.setInt(7, segment.tmScore());
                upsert.setString(8, TagColumn.encode(segment.targetTags()));
                upsert.executeUpdate();
                touch.setString(1, Instant.now().toString());
                touch.setLong(2, project);
                touch.executeUpdate();
            }
            return null;
        });
    }

    /** The saved segments of a project, in document order. */
    public List<Segment> segments(long project) {
        return database.read(c -> {
            List<Segment> segments = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT idx, paragraph, source, target, status, tm_score, target_tags"
                    + " FROM project_segment WHERE project_id = ? ORDER BY idx")) {
                q.setLong(1, project);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        segments.add(new Segment(rows.getInt(1), rows.getInt(2), rows.getString(3),
                                rows.getString(4), SegmentStatus.valueOf(rows.getString(5)), rows.getInt(6),
                                TagColumn.decode(rows.getString(7))));
                    }
                }
            }
            return segments;
        });
    }

    /**
     * Keeps the model's confidence in segment {@code index}'s target, encoded by the caller, if
     * that segment is saved with {@code target}; a target changed meanwhile keeps no score.
     */
    public void saveConfidence(long project, int index, String target, String confidence) {
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE project_segment SET confidence = ?"
                    + " WHERE project_id = ? AND idx = ? AND target = ?")) {
                update.setString(1, confidence);
                update.setLong(2, project);
                update.setInt(3, index);
                update.setString(4, target);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The confidence saved with each segment of a project that has one, by segment index, as the caller encoded it. */
    public Map<Integer, String> confidences(long project) {
        return database.read(c -> {
            Map<Integer, String> found = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT idx, confidence FROM project_segment"
                    + " WHERE project_id = ? AND confidence IS NOT NULL")) {
                q.setLong(1, project);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getInt(1), rows.getString(2));
                    }
                }
            }
            return found;
        });
    }

    /** Forgets a project's saved segments (the analyst chose to start over). */
    public void clear(long project) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM project_segment WHERE project_id = ?")) {
                delete.setLong(1, project);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
