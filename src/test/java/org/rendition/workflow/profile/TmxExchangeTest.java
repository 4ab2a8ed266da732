package org.rendition.workflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.memory.TmxWarning;

/** A memory made by another CAT tool comes in, is used, and goes out as it came. */
class TmxExchangeTest {
    private static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="Other" creationtoolversion="9" segtype="sentence" o-tmf="x"
             adminlang="en-US" srclang="ru-RU" datatype="plaintext"/>
            <body><tu tuid="77" creationid="ana.k" creationdate="20200102T030405Z" usagecount="3">
            <prop type="x-project">Delta</prop><note>checked</note>
            <tuv xml:lang="ru-RU"><seg>Совещание <bpt i="1">&lt;b&gt;</bpt>начнётся<ept i="1">&lt;/b&gt;</ept> в девять утра.</seg></tuv>
            <tuv xml:lang="en-US"><seg>The meeting <bpt i="1">&lt;b&gt;</bpt>starts<ept i="1">&lt;/b&gt;</ept> at nine in the morning.</seg></tuv></tu>
            <tu tuid="78"><tuv xml:lang="en-US"><seg>Only one side.</seg></tuv></tu>
            </body></tmx>
            """;

    @TempDir
    Path dir;

    @Test
    void regionalMemoryIsMatchedForRussianToEnglishAndExportedAsItCame() throws Exception {
        Path tmx = dir.resolve("r.tmx");
        Files.writeString(tmx, TMX);
        List<TmxWarning> skipped = new ArrayList<>();
        try (UserProfile profile = UserProfile.open(dir.resolve("p.db"))) {
            assertEquals(1, profile.memory().importTmx(tmx, ImportProgress.NONE, skipped::add));
            assertEquals(8, skipped.get(0).line());
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
        }
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
