package org.rendition.workflow.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rendition.documents.DocumentException;
import org.rendition.documents.PlainTextReader;
import org.rendition.glossary.GlossaryCsv;
import org.rendition.glossary.GlossaryFormatException;
import org.rendition.glossary.GlossaryHit;
import org.rendition.glossary.GlossaryIndex;
import org.rendition.glossary.GlossaryInfo;
import org.rendition.glossary.GlossaryTerm;
import org.rendition.glossary.TbxReader;
import org.rendition.glossary.TbxWriter;
import org.rendition.store.Database;
import org.rendition.store.GlossaryStore;
import org.rendition.workflow.Languages;
import org.rendition.workflow.WorkflowException;

/**
 * The glossaries of a profile: import and export CSV, TSV and TBX, list terms, and find the
 * terms of a sentence. Obtain it from {@link UserProfile#glossary()}.
 */
public final class GlossaryService {
    /** File formats, chosen by extension: .csv, .tsv/.tab/.txt, .tbx/.xml. */
    public enum Format { CSV, TSV, TBX }

    static final String MAX_MEGABYTES_PROPERTY = "rendition.glossary.maxMegabytes";
    private static final long DEFAULT_MAX_MEGABYTES = 128;

    private final GlossaryStore store;
    /**
     * How often a lookup asks the database whether glossaries changed behind this process's back:
     * often enough that a term imported on the command line is in effect by the next sentence,
     * rarely enough that highlighting a 1,000-row document asks once.
     */
    private static final long CHANGE_CHECK_NANOS = 1_000_000_000L;

    private final Map<String, GlossaryIndex> indexes = new ConcurrentHashMap<>();
    private volatile long checkedAt = System.nanoTime() - CHANGE_CHECK_NANOS;
    private volatile String seenVersion = "";

    GlossaryService(Database database) {
        this.store = new GlossaryStore(database);
    }

    /** The format a file's extension names. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt")) {
            return Format.TSV;
        }
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return Format.TBX;
        }
        throw new WorkflowException("Cannot tell the glossary format of " + file
                + "; name it .csv, .tsv or .tbx.");
    }

    /**
     * Imports a glossary file into the glossary {@code name} (created if new; null means the
     * file name without extension). Languages missing from the file are taken from
     * {@code sourceLang}/{@code targetLang}, which may be null when the file names them.
     * All terms are stored in one transaction, or none. A TBX file keeps its concepts whole
     * (every language, term status, definition, note and history), and its languages are the
     * ones it names.
     *
     * @return the number of terms (for TBX, concepts) imported
     */
    public int importFile(Path file, String name, String sourceLang, String targetLang) {
        checkSize(file);
        String glossary = name != null ? name : file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        if (formatOf(file) == Format.TBX) {
            TbxReader.Termbase termbase = readTbx(file);
            int count = Guard.call(() -> store.addTermbase(glossary, file.getFileName().toString(), termbase));
            indexes.clear();
            return count;
        }
        List<GlossaryTerm> terms = read(file, sourceLang == null ? null : Languages.normalize(sourceLang),
                targetLang == null ? null : Languages.normalize(targetLang));
        return importTerms(glossary, terms);
    }

    /**
     * A glossary is read whole (its terms go into one transaction), so its size is bounded: 128 MB
     * is several times the largest termbase a team keeps (100,000 concepts with definitions).
     */
    private static void checkSize(Path file) {
        long limit = Long.getLong(MAX_MEGABYTES_PROPERTY, DEFAULT_MAX_MEGABYTES);
        try {
            long size = Files.size(file);
            if (size > limit * 1024 * 1024) {
                throw new WorkflowException("The glossary " + file + " is " + (size + (1 << 20) - 1) / (1 << 20)
                        + " MB; a glossary file may be at most " + limit + " MB (raise it with -D"
                        + MAX_MEGABYTES_PROPERTY + "=N). Nothing was imported.");
            }
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the glossary " + file + ": " + e.getMessage() + ".", e);
        }
    }

    private static TbxReader.Termbase readTbx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return TbxReader.read(in);
        } catch (GlossaryFormatException e) {
            throw unreadable(file, e);
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the glossary " + file + ": " + e.getMessage() + ".", e);
        }
    }

    private static WorkflowException unreadable(Path file, GlossaryFormatException e) {
        return new WorkflowException("The glossary " + file + " cannot be read at line " + e.line() + ": "
                + e.getMessage().substring(e.getMessage().indexOf(": ") + 2)
                + ". Fix the file; nothing was imported.", e);
    }

    /** Adds {@code terms} to the glossary {@code name} (created if new) in one transaction. */
    public int importTerms(String name, List<GlossaryTerm> terms) {
        List<GlossaryTerm> normalized = terms.stream().map(t -> new GlossaryTerm(0, name,
                Languages.normalize(t.sourceLang()), Languages.normalize(t.targetLang()), t.source(), t.target(),
                t.partOfSpeech(), t.note(), t.forbidden(), t.caseSensitive(), t.doNotTranslate())).toList();
        int count = Guard.call(() -> store.addTerms(name, normalized));
        indexes.clear();
        return count;
    }

    private static List<GlossaryTerm> read(Path file, String sourceLang, String targetLang) {
        Format format = formatOf(file);
        try {
            // Spreadsheets save CSV as UTF-16 ("Unicode text"), with a BOM, or in the system's code page.
            String text = PlainTextReader.text(Files.readAllBytes(file), file.getFileName().toString());
            char delimiter = GlossaryCsv.delimiter(text, format == Format.CSV ? ',' : '\t');
            return GlossaryCsv.read(new StringReader(text), delimiter, sourceLang, targetLang);
        } catch (DocumentException e) {
            throw new WorkflowException("Cannot read the glossary " + file + ": " + e.getMessage(), e);
        } catch (GlossaryFormatException e) {
            throw unreadable(file, e);
        } catch (IOException e) {
            throw new WorkflowException("Cannot read the glossary " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /**
     * Writes the glossary {@code name} (all glossaries when null) to {@code file} in the format
     * its extension names.
     *
     * @return the number of terms written (for TBX, concepts)
     */
    public int exportFile(Path file, String name) {
        List<GlossaryTerm> terms = terms(name);
        Format format = formatOf(file);
        try {
            if (format == Format.TBX) {
                TbxReader.Termbase termbase = Guard.call(() -> store.termbase(name));
                try (OutputStream out = OwnerOnlyFiles.newOutputStream(file)) {
                    TbxWriter.write(out, termbase);
                }
                return termbase.concepts().size();
            } else {
                try (Writer out = new OutputStreamWriter(OwnerOnlyFiles.newOutputStream(file), StandardCharsets.UTF_8)) {
                    GlossaryCsv.write(out, format == Format.CSV ? ',' : '\t', terms);
                }
            }
        } catch (IOException e) {
            throw new WorkflowException("Cannot write the glossary " + file + ": " + e.getMessage() + ".", e);
        }
        return terms.size();
    }

    /** The terms of the glossary {@code name}, or of all glossaries when null. */
    public List<GlossaryTerm> terms(String name) {
        List<GlossaryTerm> terms = Guard.call(() -> store.terms(name));
        if (name != null && terms.isEmpty() && glossaries().stream().noneMatch(g -> g.name().equals(name))) {
            throw new WorkflowException("There is no glossary named '" + name + "'; 'glossary list' shows them.");
        }
        return terms;
    }

    /** Every glossary with its number of terms. */
    public List<GlossaryInfo> glossaries() {
        return Guard.call(store::glossaries);
    }

    /** The names of the glossaries whose terms are matched in sentences. */
    public List<String> namesInUse() {
        return Guard.call(store::namesInUse);
    }

    /**
     * Puts a glossary in use or sets it aside: only glossaries in use are matched in sentences
     * and kept in translations. Export and listing still see every glossary.
     */
    public void setInUse(String name, boolean inUse) {
        if (!Guard.call(() -> store.setInUse(name, inUse))) {
            throw new WorkflowException("There is no glossary named '" + name + "'; 'glossary list' shows them.");
        }
        indexes.clear();
    }

    /**
     * The glossary terms occurring in {@code sentence}, by position. Inflected forms match
     * (Russian «Министерства обороны» finds «Министерство обороны»). The index for a language
     * pair is built on first use and rebuilt after an import.
     */
    public List<GlossaryHit> findTerms(String sourceLang, String targetLang, String sentence) {
        return index(sourceLang, targetLang).find(sentence);
    }

    /** Another process (or this one) changed the glossaries: the indexes are built again. */
    private void dropIndexesChangedElsewhere() {
        long now = System.nanoTime();
        if (now - checkedAt < CHANGE_CHECK_NANOS) {
            return;
        }
        checkedAt = now;
        String version = Guard.call(store::contentVersion);
        if (!version.equals(seenVersion)) {
            seenVersion = version;
            indexes.clear();
        }
    }

    /** The matching index of one language pair, for callers that look up many sentences. */
    public GlossaryIndex index(String sourceLang, String targetLang) {
        dropIndexesChangedElsewhere();
        String from = Languages.normalize(sourceLang);
        String to = Languages.normalize(targetLang);
        return indexes.computeIfAbsent(from + "\u0000" + to,
                k -> new GlossaryIndex(from, Guard.call(() -> store.terms(from, to))));
    }
}
