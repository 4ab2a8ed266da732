package org.rendition.workflow.profile;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rendition.store.Database;
import org.rendition.store.SettingsStore;

/**
 * The documents the analyst opened last, newest first, kept in her profile database: it is hers
 * alone (owner-only file, per OS user), unlike a list in a shared folder others could write to
 * lead her to a file of their choosing. Not recorded in the history: opening a file changes no
 * translation. Obtain it from {@link UserProfile#recentDocuments()}.
 */
public final class RecentDocuments {
    /** As many as a menu shows at a glance. */
    public static final int MAX = 10;
    static final String SETTING = "recent documents";

    private final SettingsStore store;

    RecentDocuments(Database database) {
        this.store = new SettingsStore(database);
    }

    /** The documents opened last, newest first, leaving out those no longer there. */
    public List<Path> list() {
        String stored = Guard.call(() -> store.value(SETTING)).orElse("");
        List<Path> documents = new ArrayList<>();
        for (String line : stored.split("\n")) {
            try {
                if (!line.isBlank() && Files.isRegularFile(Path.of(line))) {
                    documents.add(Path.of(line));
                }
            } catch (InvalidPathException e) {
                // A path written on another system: skip it rather than fail the menu.
            }
        }
        return documents;
    }

    /** Puts {@code document} first; the oldest falls off past {@link #MAX}. */
    public List<Path> add(Path document) {
        Path added = document.toAbsolutePath().normalize();
        List<Path> documents = new ArrayList<>(List.of(added));
        list().stream().filter(p -> !p.equals(added)).limit(MAX - 1).forEach(documents::add);
        // File names cannot hold a line break on the systems Rendition runs on, so one per line is safe.
        Guard.run(() -> store.setValue(SETTING, String.join("\n", documents.stream().map(Path::toString).toList())));
        return List.copyOf(documents);
    }
}
