package org.rendition.workflow.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.TestDocuments;
import org.rendition.TestDocuments.Run;
import org.rendition.documents.InlineTag;
import org.rendition.workflow.profile.Role;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.OpenedDocument;

/** The tags an analyst placed in a target are saved on the team server and come back with the document. */
class TeamServerTargetTagsTest {
    private static final String TARGET = "The ministry announced the start of exercises in the south.";

    @TempDir
    Path temp;
    private TestServer server;

    @BeforeEach
    void setUp() throws SQLException {
        server = TestServer.initialized();
    }

    @AfterEach
    void tearDown() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReopenedDocumentOnTheServerKeepsTheTagsPlacedInItsTargets() throws Exception {
        String ana = server.member("ana", Role.ANALYST);
        Path models = SharedData.tinyNllbModels(temp);
        Path file = TestDocuments.docx(temp.resolve("brief.docx"), Run.plain("Министерство обороны сообщило о "),
                Run.bold("начале учений"), Run.plain(" на юге страны."));
        int bold = TARGET.indexOf("in the south");
        List<InlineTag> moved = List.of(new InlineTag(InlineTag.Kind.BOLD, bold, bold + "in the south".length(), ""));
        try (DocumentTranslation workflow = DocumentTranslation.withTeamServer(models, server.address(ana),
                temp.resolve("first").resolve("unsent.db"))) {
            OpenedDocument opened = workflow.open(file);
            workflow.edit(opened, opened.segments().get(0), TARGET, Optional.of(moved));
            workflow.flush();
        }
        try (DocumentTranslation workflow = DocumentTranslation.withTeamServer(models, server.address(ana),
                temp.resolve("second").resolve("unsent.db"))) {
            OpenedDocument reopened = workflow.open(file);
            assertEquals(Optional.of(moved), reopened.savedWork().orElseThrow().get(0).targetTags());
        }
    }
}
