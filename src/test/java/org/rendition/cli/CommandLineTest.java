package org.rendition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rendition.SharedData;

/** The command line as a user meets it: results on stdout, one plain sentence on stderr when refused. */
class CommandLineTest {
    @TempDir
    static Path temp;
    static Path models;

    record Result(int exit, String out, String err) {
    }

    static Result rendition(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RenditionCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void importPacks() {
        models = temp.resolve("models");
        Result nllb = rendition("models", "import", SharedData.model("tiny-nllb").toString(),
                "--models-dir", models.toString());
        assertEquals(0, nllb.exit, nllb.err);
        Result marian = rendition("models", "import", SharedData.model("tiny-marian-zh-en").toString(),
                "--models-dir", models.toString(), "--license", "CC-BY-4.0");
        assertEquals(0, marian.exit, marian.err);
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static Result translate(Path in, String... extra) {
        String[] base = {"translate", "--in", in.toString(), "--models-dir", models.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return rendition(args);
    }

    @Test
    void russianParagraphsComeOutAsEnglishParagraphsWithDetectedSource() throws Exception {
        Path in = file("ru.txt", ("Министерство обороны сообщило о начале учений. Они продлятся неделю.\n\n"
                + "В учениях участвуют тысячи военнослужащих.\n").getBytes(StandardCharsets.UTF_8));
        Result result = translate(in);
        assertEquals(0, result.exit, result.err);
        String[] paragraphs = result.out.strip().split("\n\n");
        assertEquals(2, paragraphs.length, result.out);
        assertTrue(result.out.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                "no Cyrillic left: " + result.out);
        assertTrue(result.err.contains("from Russian (detected)"), result.err);
        assertTrue(result.err.contains("tiny-nllb"), result.err);
    }

    @Test
    void chineseGoesToTheDedicatedModelAndWritesTheOutputFile() throws Exception {
        Path in = file("zh.txt", "我们现在有四个月大的老鼠。它们曾经得过糖尿病。".getBytes(StandardCharsets.UTF_8));
        Path out = temp.resolve("zh.en.txt");
        Result result = translate(in, "--from", "zh", "--out", out.toString(), "--beams", "4");
        assertEquals(0, result.exit, result.err);
        assertTrue(result.err.contains("tiny-marian-zh-en"), result.err);
        assertTrue(Files.readString(out).matches("(?s).*[A-Za-z].*"), Files.readString(out));
    }

    @Test
    void anOutputFileCarriesTheClassificationMarkingOnItsFirstAndLastLine() throws Exception {
        Path in = file("zh-marked.txt", "我们现在有四个月大的老鼠。".getBytes(StandardCharsets.UTF_8));
        Path out = temp.resolve("zh-marked.en.txt");
        Result result = translate(in, "--from", "zh", "--out", out.toString(), "--marking", "official-sensitive");
        assertEquals(0, result.exit, result.err);
        java.util.List<String> lines = Files.readAllLines(out);
        assertEquals("OFFICIAL-SENSITIVE", lines.get(0));
        assertEquals("OFFICIAL-SENSITIVE", lines.get(lines.size() - 1));
        Result unknown = translate(in, "--from", "zh", "--out", out.toString(), "--marking", "CONFIDENTIAL");
        assertEquals(1, unknown.exit);
        assertTrue(unknown.err.contains("'CONFIDENTIAL' is not a classification"), unknown.err);
    }

    @Test
    void unknownLanguageIsNamed() throws Exception {
        Result result = translate(file("a.txt", "text".getBytes(StandardCharsets.UTF_8)), "--from", "xx");
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("Unknown language 'xx'"), result.err);
    }

    @Test
    void pairWithoutAModelIsExplained() throws Exception {
        Result result = translate(file("b.txt", "Привіт, як справи?".getBytes(StandardCharsets.UTF_8)),
                "--from", "ru", "--to", "ja", "--model", "tiny-marian-zh-en");
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("does not translate Russian to Japanese"), result.err);
    }

    @Test
    void noInstalledModelForThePairIsExplained() throws Exception {
        Result result = rendition("translate", "--in", file("c.txt", "Hello there.".getBytes(StandardCharsets.UTF_8))
                .toString(), "--from", "en", "--to", "ru", "--models-dir", temp.resolve("empty").toString());
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("No installed model pack translates English to Russian"), result.err);
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Result result = translate(file("empty.txt", new byte[0]));
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("is empty"), result.err);
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Result result = translate(file("image.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 0, 0}));
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("binary"), result.err);
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffset() throws Exception {
        byte[] latin1 = "Министерство".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        Result result = translate(file("cp1251.txt", latin1));
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("not valid UTF-8") && result.err.contains("offset 0"), result.err);
    }

    @Test
    void missingInputFileIsNamed() {
        Result result = translate(temp.resolve("nowhere.txt"));
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("nowhere.txt") && result.err.contains("no such file"), result.err);
    }

    @Test
    void verifyCatchesAFlippedByteAndNamesTheFile() throws Exception {
        Path copy = temp.resolve("verify-models");
        assertEquals(0, rendition("models", "import", SharedData.model("tiny-nllb").toString(),
                "--models-dir", copy.toString()).exit);
        assertEquals(0, rendition("models", "verify", "--models-dir", copy.toString()).exit);
        try (RandomAccessFile weights = new RandomAccessFile(copy.resolve("tiny-nllb/model.safetensors").toFile(),
                "rw")) {
            weights.seek(4096);
            int b = weights.read();
            weights.seek(4096);
            weights.write(b ^ 0x80);
        }
        Result result = rendition("models", "verify", "--models-dir", copy.toString());
        assertEquals(1, result.exit);
        assertTrue(result.err.contains("'tiny-nllb' is damaged: model.safetensors does not match its manifest"),
                result.err);
        Result refused = rendition("translate", "--in", file("d.txt", "Привет.".getBytes(StandardCharsets.UTF_8))
                .toString(), "--from", "ru", "--models-dir", copy.toString());
        assertEquals(1, refused.exit);
        assertTrue(refused.err.contains("model.safetensors"), refused.err);
    }

    @Test
    void listShowsEveryPackWithItsLanguagesAndLicence() {
        Result result = rendition("models", "list", "--models-dir", models.toString());
        assertEquals(0, result.exit);
        assertTrue(result.out.contains("tiny-marian-zh-en") && result.out.contains("zh -> en")
                && result.out.contains("CC-BY-4.0"), result.out);
        assertTrue(result.out.contains("tiny-nllb"), result.out);
        assertTrue(result.out.contains("PRECISION") && result.out.contains("fp32"), result.out);
    }

    @Test
    void modelsPrecisionChangesWhatAPackRunsAtAndRefusesAnUnknownOne() {
        Path copy = temp.resolve("precision-models");
        assertEquals(0, rendition("models", "import", SharedData.model("tiny-nllb").toString(), "--models-dir",
                copy.toString(), "--precision", "bf16").exit);
        assertTrue(rendition("models", "list", "--models-dir", copy.toString()).out.contains("bf16"));
        Result exact = rendition("models", "precision", "tiny-nllb", "fp32", "--models-dir", copy.toString());
        assertEquals(0, exact.exit, exact.err);
        assertTrue(exact.out.contains("now runs at fp32"), exact.out);
        Result unknown = rendition("models", "precision", "tiny-nllb", "int3", "--models-dir", copy.toString());
        assertEquals(PlainErrorHandler.USER_ERROR, unknown.exit);
        assertTrue(unknown.err.contains("Unknown precision 'int3'"), unknown.err);
        assertEquals(1, unknown.err.strip().lines().count(), unknown.err);
        Result missing = rendition("models", "precision", "no-such-pack", "bf16", "--models-dir", copy.toString());
        assertTrue(missing.exit != 0 && missing.err.contains("no-such-pack"), missing.err);
    }

    @Test
    void doctorReportsEveryCheckAndAVerdict() {
        Path database = temp.resolve("doctor/rendition.db");
        Result result = rendition("doctor", "--models-dir", models.toString(), "--db", database.toString());
        for (String check : new String[] {"Java runtime", "Native library", "Model pack tiny-nllb",
                "Model pack tiny-marian-zh-en", "Profile database", "Font for Arabic script", "Verdict:"}) {
            assertTrue(result.out.contains(check), check + " in " + result.out);
        }
        assertTrue(result.out.contains("[ ok ] Native library"), result.out);
        // Whether a pack declared bf16 would run packed, through MKL, or fall back: what an administrator needs.
        assertTrue(result.out.contains("bf16 products: "), result.out);
        assertTrue(result.out.contains("[ ok ] Profile database"), result.out);
    }

    @Test
    void doctorFailsWhenOtherUsersCanReadTheProfile() throws Exception {
        Path database = temp.resolve("shared/rendition.db");
        assertEquals(0, rendition("glossary", "list", "--db", database.toString()).exit);
        Files.setPosixFilePermissions(database, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Result result = rendition("doctor", "--models-dir", models.toString(), "--db", database.toString());
        assertEquals(1, result.exit);
        assertTrue(result.out.contains("[FAIL] Profile database") && result.out.contains("chmod 600"), result.out);
    }

    @Test
    void newProfileDatabaseIsReadableByItsOwnerOnly() throws Exception {
        Path database = temp.resolve("private/rendition.db");
        assertEquals(0, rendition("glossary", "list", "--db", database.toString()).exit);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(database)));
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"translate", "--help"}, {"models", "--help"},
                {"models", "import", "--help"}, {"models", "list", "--help"}, {"models", "verify", "--help"}}) {
            Result result = rendition(command);
            assertEquals(0, result.exit);
            assertTrue(result.out.startsWith("Usage: rendition"), result.out);
        }
    }

    @Test
    void absurdOptionValuesAreRefusedInOneSentenceBeforeAnythingIsRead() throws Exception {
        Path in = file("ru-options.txt", "Привет.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String[] options : new String[][] {{"--beams", "-1"}, {"--beams", "100000"}, {"--batch", "0"},
                {"--out", temp.toString()}}) {
            Result result = translate(in, options);
            assertEquals(1, result.exit(), String.join(" ", options) + ": " + result.err());
            assertTrue(result.err().startsWith("rendition: ") && result.err().strip().lines().count() == 1,
                    String.join(" ", options) + ": " + result.err());
        }
    }

    @Test
    void anEndlessInputIsRefusedAtTheSizeLimitInOneSentence() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Result result = translate(Path.of("/dev/zero"), "--from", "ru");
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.err().contains("larger than the 16 MB"), result.err());
    }

    @Test
    void anEndlessFileGivenAsAReturnedXliffIsRefusedAtTheSizeLimitInOneSentence() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Path in = file("ru-merge.txt", "Колонна прошла мост.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Result result = translate(in, "--merge", "/dev/zero", "--out", temp.resolve("merged.txt").toString());
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.err().contains("does not end within"), result.err());
    }

    @Test
    void benchmarkThreadsBeyondTheMachineAreRefusedInOneSentence() {
        Result result = rendition("bench", "--threads", "100000", "--skip-memory", "--no-peer");
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.err().startsWith("rendition: Give --threads from 1 to ")
                && result.err().strip().lines().count() == 1, result.err());
    }

    @Test
    void qaOfSomethingThatIsNotAFileSaysSo() {
        Result result = rendition("qa", temp.toString());
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.err().contains("is not a document file"), result.err());
    }

    @Test
    void aLongRunOnLineIsCutIntoSentencesAndShowsItsProgress() throws Exception {
        // A transcript without a full stop: some 60,000 characters on one line.
        String line = "министерство обороны сообщило о начале учений на юге страны ".repeat(1_000);
        Path in = file("run-on.txt", line.getBytes(StandardCharsets.UTF_8));
        Result result = translate(in, "--from", "ru", "--no-memory", "--out", temp.resolve("run-on.en.txt").toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.err().contains("Translating 31 sentences; a line follows each tenth of the way."),
                result.err());
        assertTrue(result.err().matches("(?s).*Translated \\d+ of 31 sentences \\(\\d+%\\), about \\d+ s left.*"),
                result.err());
        assertTrue(result.err().contains("Translated 31 sentences from Russian"), result.err());
    }

    @Test
    void aMegabyteWithoutASentenceEndIsRefusedInSecondsNamingTheLimit() throws Exception {
        Path in = file("blob.txt", "слово ".repeat(200_000).getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        Result result = translate(in, "--from", "ru", "--no-memory", "--out", temp.resolve("blob.en.txt").toString());
        assertEquals(1, result.exit(), result.err());
        assertEquals("rendition: Line 1 runs for 1,200,000 characters without a sentence end or a line break: that is "
                + "not text to translate sentence by sentence (the limit is 200,000 characters; raise it with "
                + "-Drendition.translate.maxRunOnCharacters=N).", result.err().strip());
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "refused before any model is loaded");
    }

    @Test
    void aHundredThousandLinesAreRefusedNamingTheLimit() throws Exception {
        Path in = file("dump.txt", "Да.\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        Result result = translate(in, "--from", "ru", "--no-memory", "--out", temp.resolve("dump.en.txt").toString());
        assertEquals(1, result.exit(), result.err());
        assertEquals("rendition: The text has 100,000 sentences; one translate run takes at most 50,000. Split it into "
                + "parts, or raise the limit with -Drendition.translate.maxSentences=N.", result.err().strip());
    }
}
