package org.rendition.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.documents.InlineTag;

/** Changes kept while the team server is away come back whole, tags placed in their targets included. */
class UnsentChangesTest {
    private static final String SERVER = "postgresql://ana@127.0.0.1:5432/team";

    @TempDir
    Path folder;

    private static UnsentChanges.UnsentChange edited(Optional<List<InlineTag>> tags) {
        return new UnsentChanges.UnsentChange(0, SERVER, "CHANGED", "brief.docx", "ru", "en", "OFFICIAL", 7L, 2, 1,
                "Учения начнутся завтра.", "The exercises begin tomorrow.", "EDITED", 0, null, tags);
    }

    @Test
    void aKeptChangeComesBackWithTheTagsPlacedInItsTarget() {
        List<InlineTag> bold = List.of(new InlineTag(InlineTag.Kind.BOLD, 4, 13, ""),
                new InlineTag(InlineTag.Kind.LINK, 20, 29, "rId2 with a\nline break"));
        try (UnsentChanges changes = UnsentChanges.open(folder.resolve("unsent-changes.db"))) {
            UnsentChanges.UnsentChange tagged = changes.keep(edited(Optional.of(bold)));
            UnsentChanges.UnsentChange untagged = changes.keep(edited(Optional.empty()));
            UnsentChanges.UnsentChange noneKept = changes.keep(edited(Optional.of(List.of())));
            assertEquals(List.of(tagged, untagged, noneKept), changes.forServer(SERVER));
        }
    }

    @Test
    void aFileKeptByAnEarlierVersionOpensAndItsChangesHaveNoTags() throws Exception {
        Path file = folder.resolve("unsent-changes.db");
        UnsentChanges.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            // The table as the version before target tags made it.
            statement.execute("DROP TABLE unsent_change");
            statement.execute("CREATE TABLE unsent_change (id INTEGER PRIMARY KEY AUTOINCREMENT, server TEXT NOT NULL,"
                    + " kind TEXT NOT NULL, document TEXT NOT NULL, source_language TEXT NOT NULL,"
                    + " target_language TEXT NOT NULL, marking TEXT NOT NULL, project INTEGER,"
                    + " segment_index INTEGER NOT NULL, paragraph INTEGER NOT NULL, source TEXT NOT NULL,"
                    + " target TEXT NOT NULL, status TEXT NOT NULL, memory_score INTEGER NOT NULL, model TEXT)");
            statement.execute("INSERT INTO unsent_change (server, kind, document, source_language, target_language,"
                    + " marking, project, segment_index, paragraph, source, target, status, memory_score) VALUES ('"
                    + SERVER + "', 'CHANGED', 'brief.docx', 'ru', 'en', 'OFFICIAL', 7, 2, 1, 'Учения начнутся завтра.',"
                    + " 'The exercises begin tomorrow.', 'EDITED', 0)");
        }
        try (UnsentChanges changes = UnsentChanges.open(file)) {
            assertEquals(List.of(edited(Optional.empty()).withId(1)), changes.forServer(SERVER));
        }
    }
}
