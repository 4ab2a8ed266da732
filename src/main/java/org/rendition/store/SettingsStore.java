package org.rendition.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** A profile's settings: named values, and the model chosen for each language pair. */
public final class SettingsStore {
    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    /** The stored value of the setting {@code name}, or empty when it was never set. */
    public Optional<String> value(String name) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM setting WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rows = q.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void setValue(String name, String value) {
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO setting (name, value, changed)"
                    + " VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value,"
                    + " changed = excluded.changed")) {
                upsert.setString(1, name);
                upsert.setString(2, value);
                upsert.setString(3, Instant.now().toString());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** The model pack chosen for a language pair, or empty for "the best installed one". */
    public Optional<String> pairModel(String sourceLang, String targetLang) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT model FROM pair_model"
                    + " WHERE source_lang = ? AND target_lang = ?")) {
                q.setString(1, sourceLang);
                q.setString(2, targetLang);
                try (ResultSet rows = q.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Chooses {@code model} for a pair; empty goes back to the automatic choice. */
    public void setPairModel(String sourceLang, String targetLang, Optional<String> model) {
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM pair_model"
                    + " WHERE source_lang = ? AND target_lang = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO pair_model"
                         + " (source_lang, target_lang, model, changed) VALUES (?, ?, ?, ?)")) {
                delete.setString(1, sourceLang);
                delete.setString(2, targetLang);
                delete.executeUpdate();
                if (model.isPresent()) {
                    insert.setString(1, sourceLang);
                    insert.setString(2, targetLang);
                    insert.setString(3, model.get());
                    insert.setString(4, Instant.now().toString());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }
}
