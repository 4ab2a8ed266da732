package org.rendition.workflow.profile;

import org.rendition.workflow.profile.ImportChild;
import org.rendition.workflow.profile.MemoryService;
import org.rendition.workflow.profile.TmLookup;
import org.rendition.workflow.profile.UserProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KilledImportTest {
    private static final int SEGMENTS = 1000;

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesCommittedRowsIntact() throws Exception {
        Path tmx = writeTmx(dir.resolve("big.tmx"));
        Path db = dir.resolve("profile.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
                db.toString(), tmx.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastReported = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("committed ")) {
                        long committed = Long.parseLong(line.substring("committed ".length()));
                        if (committed >= 300) {
                            child.destroyForcibly();
                            return committed;
                        }
                    }
                }
                throw new AssertionError("the child ended before committing 300 segments");
            }
        });
        child.waitFor();

        try (UserProfile profile = UserProfile.open(db)) {
            assertEquals("ok", profile.integrityCheck());
            long stored = profile.memory().size();
            assertTrue(stored >= lastReported && stored < SEGMENTS, "stored " + stored);
            assertEquals(0, stored % MemoryService.IMPORT_BATCH, "only whole batches are stored");
            for (int i = 0; i < stored; i++) {
                TmLookup lookup = profile.memory().lookup("ru", "en", source(i));
                assertEquals(1, lookup.exact().size(), "segment " + i);
                assertEquals(target(i), lookup.exact().get(0).entry().target());
                assertEquals(2, lookup.exact().get(0).entry().properties().size());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            long entries = count(s, "SELECT count(*) FROM tm_entry");
            assertEquals(entries, count(s, "SELECT count(*) FROM tm_index"));
            assertEquals(2 * entries, count(s, "SELECT count(*) FROM tm_property"));
            assertEquals(0, count(s, "SELECT count(*) FROM tm_property p"
                    + " LEFT JOIN tm_entry e ON e.id = p.entry_id WHERE e.id IS NULL"));
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String source(int i) {
        return "Донесение номер " + i + ": противник отошёл к реке.";
    }

    private static String target(int i) {
        return "Report number " + i + ": the enemy withdrew to the river.";
    }

    private static Path writeTmx(Path file) throws Exception {
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header srclang=\"ru\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\""
                + " o-tmf=\"test\" creationtool=\"test\" creationtoolversion=\"1\"/>\n<body>\n");
        for (int i = 0; i < SEGMENTS; i++) {
            tmx.append("<tu tuid=\"").append(i).append("\" creationid=\"test\" creationdate=\"20240101T000000Z\">")
                    .append("<prop type=\"x-batch\">").append(i / 100).append("</prop><note>n").append(i)
                    .append("</note><tuv xml:lang=\"ru\"><seg>").append(source(i)).append("</seg></tuv>")
                    .append("<tuv xml:lang=\"en\"><seg>").append(target(i)).append("</seg></tuv></tu>\n");
        }
        Files.writeString(file, tmx.append("</body>\n</tmx>\n"));
        return file;
    }
}
