package org.rendition.workflow.profile;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rendition.store.Database;
import org.rendition.store.SettingsStore;

/**
 * The documents the analyst opened last, newest first, kept in her own profile database: it is hers
 * alone (owner-only file, per OS user), unlike a list in a shared folder others could write to
 * lead her to a file of their choosing. A window working on the team server keeps the list in the
 * workstation's profile file all the same: the server's settings are the team's, written by
 * administrators only. Not recorded in the history: opening a file changes no translation.
 */
public final class RecentDocuments {
    /** As many as a menu shows at a glance. */
    public static final int MAX = 10;
    static final String SETTING = "recent documents";

    private final Database open;
    private final Path file;

    private RecentDocuments(Database open, Path file) {
        this.open = open;
        this.file = file;
    }

    /** The list in an open profile database; see {@link UserProfile#recentDocuments()}. */
    static RecentDocuments in(Database database) {
        return new RecentDocuments(database, null);
    }

    /** The list in the profile file at {@code profileFile}, opened for each read or write. */
    public static RecentDocuments inFile(Path profileFile) {
        return new RecentDocuments(null, profileFile);
    }

    /** The documents opened last, newest first, leaving out those no longer there. */
    public List<Path> list() {
        String stored = withStore(store -> store.value(SETTING)).orElse("");
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
        String joined = String.join("\n", documents.stream().map(Path::toString).toList());
        withStore(store -> {
            store.setValue(SETTING, joined);
            return null;
        });
        return List.copyOf(documents);
    }

    private <T> T withStore(Function<SettingsStore, T> work) {
        if (open != null) {
            return Guard.call(() -> work.apply(new SettingsStore(open)));
        }
        return Guard.call(() -> {
            try (Database database = Database.open(file)) {
                return work.apply(new SettingsStore(database));
            }
        });
    }
}
