package org.rendition.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.rendition.glossary.TbxFrame;

/** What surrounds the concepts of each imported TBX file ({@code glossary_file}), one row per file. */
final class TermbaseFrames {
    private TermbaseFrames() {
    }

    static long insert(Connection c, String file, TbxFrame frame) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO glossary_file (file, imported_at, root_tag,"
                + " header, text_tag, body_tag, back, prolog) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, file);
            insert.setString(2, Instant.now().toString());
            insert.setString(3, frame.rootTag());
            ConceptRows.text(insert, 4, frame.header());
            insert.setString(5, frame.textTag());
            insert.setString(6, frame.bodyTag());
            ConceptRows.text(insert, 7, frame.back());
            ConceptRows.text(insert, 8, frame.prolog());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Forgets the files none of whose concepts is left (a re-import replaced them all). */
    static void forgetUnused(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM glossary_file WHERE NOT EXISTS"
                    + " (SELECT 1 FROM glossary_concept k WHERE k.file_id = glossary_file.id)");
        }
    }

    /**
     * The frame of the file most concepts of the glossary {@code name} (all glossaries when null)
     * came from, with the back matter of the others added; empty when none came from a file.
     */
    static Optional<TbxFrame> mostUsed(Connection c, String name) throws SQLException {
        TbxFrame frame = null;
        try (PreparedStatement q = c.prepareStatement("SELECT f.root_tag, f.header, f.text_tag, f.body_tag, f.back,"
                + " f.prolog"
                + " FROM glossary_file f JOIN glossary_concept k ON k.file_id = f.id JOIN glossary g"
                + " ON g.id = k.glossary_id" + (name == null ? "" : " WHERE g.name = ?")
                + " GROUP BY f.id, f.root_tag, f.header, f.text_tag, f.body_tag, f.back, f.prolog"
                + " ORDER BY count(*) DESC, f.id")) {
            if (name != null) {
                q.setString(1, name);
            }
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    TbxFrame read = new TbxFrame(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6));
                    frame = frame == null ? read : frame.withBackOf(read);
                }
            }
        }
        return Optional.ofNullable(frame);
    }
}
