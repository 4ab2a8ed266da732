package org.rendition.workflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;
import org.rendition.memory.TmEntry;
import org.rendition.memory.TmProperty;
import org.rendition.memory.TmxHeader;
import org.rendition.memory.TmxInOut;
import org.rendition.memory.TmxReader;
import org.rendition.memory.TmxWarning;

/** A memory made by another CAT tool comes in, is used, and goes out as it came. */
class TmxExchangeTest {
    private static final String TMX = TmxInOut.SAMPLE;

    @TempDir
    Path dir;

    @Test
    void regionalMemoryIsMatchedForRussianToEnglishAndExportedAsItCame() throws Exception {
        Path tmx = dir.resolve("r.tmx");
        Files.writeString(tmx, TMX);
        List<TmxWarning> skipped = new ArrayList<>();
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            assertEquals(1, profile.memory().importTmx(tmx, ImportProgress.NONE, skipped::add));
            assertEquals(12, skipped.get(0).line());
            TmLookup lookup = profile.memory().lookup("ru", "en", "Совещание начнётся в девять утра.");
            assertEquals("The meeting starts at nine in the morning.", lookup.exact().get(0).entry().target());
            assertEquals(1, profile.memory().lookup("en", "ru", "The meeting starts at nine in the morning.")
                    .exact().size(), "the unit serves English to Russian too");
            Path out = dir.resolve("out.tmx");
            assertEquals(1, profile.memory().exportTmx(out, null));
            String exported = Files.readString(out);
            for (String kept : List.of("tuid=\"77\"", "creationid=\"ana.k\"", "creationdate=\"20200102T030405Z\"",
                    "usagecount=\"3\"", "<prop type=\"x-project\">Delta</prop>", "<note>checked</note>",
                    "xml:lang=\"ru-RU\"", "xml:lang=\"en-US\"", "<bpt i=\"1\">&lt;b&gt;</bpt>starts<ept i=\"1\">")) {
                assertTrue(exported.contains(kept), "export lost " + kept + ":\n" + exported);
            }
            // Header (attributes, note, prop, ude) and variants' own attributes and notes, as XML in and out.
            assertEquals(List.of(), TmxInOut.differences(tmx, Files.readAllBytes(out), true), exported);
        }
    }

    @Test
    void unitsFromSeveralFilesGoOutUnderTheHeaderOfMostWithTheOthersDefaultsOnTheirOwnUnits() throws Exception {
        Path first = dir.resolve("a.tmx");
        Files.writeString(first, TMX);
        Path second = dir.resolve("b.tmx");
        Files.writeString(second, """
                <tmx version="1.4"><header creationtool="Third" creationtoolversion="2" segtype="paragraph"
                 o-tmf="y" adminlang="en" srclang="en" datatype="html"><note>from B</note></header><body>
                <tu><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="ru"><seg>Один.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="ru"><seg>Два.</seg></tuv></tu>
                </body></tmx>
                """);
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.memory().importTmx(first, ImportProgress.NONE);
            profile.memory().importTmx(second, ImportProgress.NONE);
            Path out = dir.resolve("out.tmx");
            assertEquals(3, profile.memory().exportTmx(out, null));
            List<TmEntry> read = new ArrayList<>();
            TmxHeader header = new TmxReader("x", java.time.Instant.EPOCH).read(out, read::add, w -> { });
            assertEquals(java.util.Optional.of("Third"), header.attribute("creationtool"), "b.tmx brought most units");
            assertEquals(java.util.Optional.of("paragraph"), header.attribute("segtype"));
            assertEquals(List.of("from B", "Delta memory, checked by the project manager", "MoD", "MacRoman"),
                    header.content().stream().map(p -> p.kind() == TmProperty.Kind.UDE ? p.type() : p.value()).toList());
            TmEntry fromA = read.stream().filter(e -> "77".equals(e.tuid())).findFirst().orElseThrow();
            for (String attribute : List.of("creationtool=Other", "creationtoolversion=9", "segtype=sentence",
                    "o-tmf=x", "datatype=plaintext", "o-encoding=windows-1251")) {
                String[] pair = attribute.split("=");
                assertTrue(fromA.properties().contains(TmProperty.attribute(pair[0], pair[1])),
                        "a.tmx's unit keeps its header's " + attribute + ": " + fromA.properties());
            }
            TmEntry fromB = read.stream().filter(e -> e.source().equals("One.")).findFirst().orElseThrow();
            assertTrue(fromB.properties().stream().noneMatch(p -> p.kind() == TmProperty.Kind.ATTRIBUTE),
                    "units under the written header need none of their own: " + fromB.properties());
        }
    }

    @Test
    void importingAFileAgainKeepsOneCopyOfItsHeader() throws Exception {
        Path tmx = dir.resolve("r.tmx");
        Files.writeString(tmx, TMX);
        Path db = dir.resolve("p.db");
        try (UserProfile profile = UserProfile.open(db)) {
            profile.memory().importTmx(tmx, ImportProgress.NONE);
            profile.memory().importTmx(tmx, ImportProgress.NONE);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT count(*) FROM tm_header")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    /**
     * Every corpus file that imports goes through the profile database and out again with every
     * unit, attribute, inline tag and its header, compared as XML with the file.
     */
    @TestFactory
    Stream<DynamicTest> everyCorpusTmxComesOutOfTheMemoryAsItWentIn() throws Exception {
        return SharedData.corpusFiles("exchange/tmx", ".tmx").stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Path db = Files.createTempDirectory(dir, "corpus").resolve("p.db");
            try (UserProfile profile = UserProfile.open(db)) {
                long imported = profile.memory().importTmx(file, ImportProgress.NONE);
                Path out = db.resolveSibling("out.tmx");
                assertEquals(imported, profile.memory().exportTmx(out, null));
                // A file without units leaves nothing in the memory, its header included.
                if (imported > 0) {
                    assertEquals(List.of(), TmxInOut.differences(file, Files.readAllBytes(out), true));
                }
            }
        }));
    }

    @Test
    void importingTheSameMemoryTwiceKeepsOneCopy() throws Exception {
        Path tmx = dir.resolve("r.tmx");
        Files.writeString(tmx, TMX);
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            profile.memory().importTmx(tmx, ImportProgress.NONE);
            profile.memory().importTmx(tmx, ImportProgress.NONE);
            assertEquals(1, profile.memory().size());
            assertEquals(1, profile.memory().lookup("ru", "en", "Совещание начнётся в девять утра.").exact().size());
        }
    }
}
