package org.rendition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rendition.SharedData;

/**
 * Every TBX file of the LTAC test set and OmegaT ({@code ../shared/corpora/exchange/tbx}):
 * a good file imports every concept and survives a write and a second read concept for concept;
 * a file that is bad on purpose ({@code _bad}, {@code poorly_formed}) is refused with its line.
 * The per-file outcome is written to {@code target/tbx-conformance.md}.
 */
class TbxCorpusTest {
    private static final Pattern ENTRY = Pattern.compile("<(conceptEntry|termEntry)[ >]");

    @TestFactory
    Stream<DynamicTest> everyCorpusTbxImportsWholeOrNamesItsLine() throws IOException {
        List<Path> files = SharedData.corpusFiles("exchange/tbx", ".tbx");
        List<String> report = new ArrayList<>();
        report.add("| file | concepts in file | concepts read | terms | outcome |");
        report.add("|---|---|---|---|---|");
        Path out = Path.of("target/tbx-conformance.md");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            report.add(check(file));
            Files.createDirectories(out.getParent());
            Files.write(out, report);
        }));
    }

    private static String check(Path file) throws Exception {
        String name = file.getFileName().toString();
        boolean broken = name.contains("_bad") || name.contains("poorly_formed");
        long inFile = count(Files.readString(file));
        TbxReader.Termbase termbase;
        try (InputStream in = Files.newInputStream(file)) {
            termbase = TbxReader.read(in);
        } catch (GlossaryFormatException e) {
            assertTrue(broken, name + " is valid but was refused: " + e.getMessage());
            assertTrue(e.line() > 0, "a refused file names its line: " + e.getMessage());
            return "| `" + name + "` | " + inFile + " | refused | | " + e.getMessage().replace("|", "\\|") + " |";
        }
        assertTrue(!broken, name + " is broken on purpose but was imported");
        assertEquals(inFile, termbase.concepts().size(), "every concept of " + name + " is read");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        TbxWriter.write(written, termbase.lang(), termbase.concepts());
        assertEquals(inFile, count(written.toString(java.nio.charset.StandardCharsets.UTF_8)));
        List<Concept> again = TbxReader.read(new ByteArrayInputStream(written.toByteArray())).concepts();
        assertEquals(termbase.concepts(), again, "concepts survive a write and a second read");
        long terms = termbase.concepts().stream().mapToLong(k -> k.terms().size()).sum();
        return "| `" + name + "` | " + inFile + " | " + termbase.concepts().size() + " | " + terms
                + " | imported; written as TBX-Basic and read back: same concepts, terms, statuses and fields |";
    }

    private static long count(String text) {
        Matcher m = ENTRY.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
