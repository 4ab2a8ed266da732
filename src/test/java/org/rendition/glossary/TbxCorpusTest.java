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
 * a good file imports every concept, is written in its own edition and dialect, and comes out
 * the same as XML ({@link TbxInOut}: header, every concept, section, term and field with every
 * attribute and all text, back matter) and reads back concept for concept; a file that is bad on
 * purpose ({@code _bad}, {@code poorly_formed}) is refused with its line. The per-file outcome is
 * written to {@code target/tbx-conformance.md}.
 */
class TbxCorpusTest {
    private static final Pattern ENTRY = Pattern.compile("<(conceptEntry|termEntry)[ >]");

    @TestFactory
    Stream<DynamicTest> everyCorpusTbxImportsWholeOrNamesItsLine() throws IOException {
        List<Path> files = SharedData.corpusFiles("exchange/tbx", ".tbx");
        List<String> report = new ArrayList<>();
        report.add("| file | dialect | concepts in file | concepts read | terms | elements, attributes compared"
                + " | outcome |");
        report.add("|---|---|---|---|---|---|---|");
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
            return "| `" + name + "` | " + dialect(file) + " | " + inFile + " | refused | | | "
                    + e.getMessage().replace("|", "\\|") + " |";
        }
        assertTrue(!broken, name + " is broken on purpose but was imported");
        assertEquals(inFile, termbase.concepts().size(), "every concept of " + name + " is read");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        TbxWriter.write(written, termbase);
        TbxInOut.Result same = TbxInOut.compare(Files.readAllBytes(file), written.toByteArray());
        System.out.println(name + ": " + same.elements() + " elements, " + same.attributes() + " attributes compared, "
                + same.differences().size() + " differences " + same.differences());
        assertEquals(List.of(), same.differences(), name + " comes out as it came in");
        List<Concept> again = TbxReader.read(new ByteArrayInputStream(written.toByteArray())).concepts();
        assertEquals(termbase.concepts(), again, "concepts survive a write and a second read");
        long terms = termbase.concepts().stream().mapToLong(k -> k.terms().size()).sum();
        return "| `" + name + "` | " + dialect(file) + " | " + inFile + " | " + termbase.concepts().size() + " | "
                + terms + " | " + same.elements() + ", " + same.attributes()
                + " | imported; exported in its dialect: the same XML, header and back matter included |";
    }

    /** The dialect the root declares, as the table names it. */
    private static String dialect(Path file) throws IOException {
        Matcher m = Pattern.compile("<(tbx|martif)\\s[^>]*?type=\"([^\"]*)\"").matcher(Files.readString(file));
        return !m.find() ? "?" : m.group(1).equals("martif") ? "TBX 2008 (" + m.group(2) + ")" : m.group(2);
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
