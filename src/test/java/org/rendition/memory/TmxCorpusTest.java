package org.rendition.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rendition.SharedData;

/**
 * Every TMX file other tools made ({@code ../shared/corpora/exchange/tmx}, the LISA TMX
 * Compliance Kit among them) either reads, or is refused with its line named; what reads
 * survives a write and a second read unit for unit, attribute for attribute, tag for tag.
 * The per-file outcome is written to {@code target/tmx-conformance.md}, from which
 * {@code docs/exchange-conformance.md} is kept.
 */
class TmxCorpusTest {
    private static final Instant WHEN = Instant.parse("2020-01-01T00:00:00Z");

    @TestFactory
    Stream<DynamicTest> everyCorpusTmxReadsOrNamesItsLineAndRoundTrips() throws IOException {
        List<Path> files = SharedData.corpusFiles("exchange/tmx", ".tmx");
        List<String> report = new ArrayList<>();
        report.add("| file | units read | tags | header kept | skipped (line: why) | round trip |");
        report.add("|---|---|---|---|---|---|");
        Path out = Path.of("target/tmx-conformance.md");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                report.add(check(file));
                Files.createDirectories(out.getParent());
                Files.write(out, report);
            }));
        }
        return tests.stream();
    }

    private static String check(Path file) throws Exception {
        String name = "`" + file.getFileName() + "`";
        List<TmEntry> read = new ArrayList<>();
        List<TmxWarning> skipped = new ArrayList<>();
        TmxHeader header;
        try {
            header = new TmxReader("importer", WHEN).read(file, read::add, skipped::add);
        } catch (TmxFormatException e) {
            assertTrue(e.getMessage().matches("Line -?\\d+: .+"), e.getMessage());
            assertTrue(e.line() > 0, "a refused file names a line: " + e.getMessage());
            return "| " + name + " | refused | | | " + e.getMessage() + " | — |";
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(written, header)) {
            for (TmEntry entry : read) {
                writer.write(entry);
            }
        }
        List<TmEntry> again = new ArrayList<>();
        List<TmxWarning> skippedAgain = new ArrayList<>();
        TmxHeader headerAgain = new TmxReader("importer", WHEN).read(new ByteArrayInputStream(written.toByteArray()),
                again::add, skippedAgain::add);
        assertEquals(List.of(), skippedAgain);
        assertEquals(read, again, "what was read survives a write and a second read");
        assertEquals(header.content(), headerAgain.content(), "the header's notes, props and udes survive");
        for (TmProperty attribute : header.attributes()) {
            assertEquals(Optional.of(attribute.value()), headerAgain.attribute(attribute.type()),
                    "header attribute " + attribute.type());
        }
        // In against out as XML: what the reader missed would be missing from both reads above.
        assertEquals(List.of(), TmxInOut.differences(file, written.toByteArray(), true), "the file in and out");
        long tags = read.stream().mapToLong(e -> e.sourceTags().size() + e.targetTags().size()).sum();
        String why = skipped.stream().map(w -> w.line() + ": " + w.message().replace("|", "\\|"))
                .reduce((a, b) -> a + "; " + b).orElse("");
        long children = header.content().size();
        String kept = header.attributes().size() + " attributes" + (children == 0 ? "" : ", " + children + " "
                + (children == 1 ? "note/prop/ude" : "notes/props/udes"));
        return "| " + name + " | " + read.size() + " | " + tags + " | " + kept + " | " + why
                + " | same units, attributes, tags and header |";
    }
}
