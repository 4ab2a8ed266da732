package org.rendition.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** Saves one segment (replacing its previous state). */
    public void save(long project, Segment segment) {
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT OR REPLACE INTO project_segment"
                    + " (project_id, idx, paragraph, source, target, status, tm_score) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement touch = c.prepareStatement("UPDATE project SET updated = ? WHERE id = ?")) {
                upsert.setLong(1, project);
                upsert.setInt(2, segment.index());
                upsert.setInt(3, segment.paragraph());
                upsert.setString(4, segment.source());
                upsert.setString(5, segment.target());
                upsert.setString(6, segment.status().name());
                upsert.setInt(7, segment.tmScore());
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
            try (PreparedStatement q = c.prepareStatement("SELECT idx, paragraph, source, target, status, tm_score"
                    + " FROM project_segment WHERE project_id = ? ORDER BY idx")) {
                q.setLong(1, project);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        segments.add(new Segment(rows.getInt(1), rows.getInt(2), rows.getString(3),
                                rows.getString(4), SegmentStatus.valueOf(rows.getString(5)), rows.getInt(6)));
                    }
                }
            }
            return segments;
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
