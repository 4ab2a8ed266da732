package org.rendition.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes sure a written Word package opens again. POI rewrites the package's own bookkeeping on
 * save (the root relationships, document properties); for a damaged original, say one whose
 * root relationships name parts it lacks, that rewrite can produce a package nothing opens.
 * Then the original package is written again with only POI's versions of its content parts put
 * in, and the original's root relationships kept: the text changes, the rest stays as it came.
 */
final class DocxRepackaging {
    private static final String ROOT_RELATIONSHIPS = "_rels/.rels";

    private DocxRepackaging() {
    }

    /** POI's package if it opens again, else the original with POI's parts; refuses when neither opens. */
    static byte[] checked(String name, byte[] original, byte[] written) throws DocumentException {
        if (opens(written)) {
            return written;
        }
        byte[] patched;
        try {
            patched = patch(original, written);
        } catch (IOException e) {
            patched = null;
        }
        if (patched != null && opens(patched)) {
            return patched;
        }
        throw new DocumentException("The translation of '" + name + "' could not be built as a Word document that "
            + "opens again, because the original package is damaged. Export it as text or as a bilingual table "
            + "instead, or save the original again in Word first.");
    }

    private static boolean opens(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return document.getDocument() != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] patch(byte[] original, byte[] written) throws IOException {
        Map<String, byte[]> rewritten = entries(written);
        Map<String, byte[]> kept = entries(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + written.length);
        Set<String> done = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : kept.entrySet()) {
                String part = entry.getKey();
                byte[] content = !part.equals(ROOT_RELATIONSHIPS) && rewritten.containsKey(part)
                    ? rewritten.get(part) : entry.getValue();
                put(zip, part, content, done);
            }
            for (Map.Entry<String, byte[]> entry : rewritten.entrySet()) {
                if (!entry.getKey().equals(ROOT_RELATIONSHIPS)) {
                    put(zip, entry.getKey(), entry.getValue(), done);
                }
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String part, byte[] content, Set<String> done) throws IOException {
        if (done.add(part)) {
            zip.putNextEntry(new ZipEntry(part));
            zip.write(content);
            zip.closeEntry();
        }
    }

    /** The entries a streaming reader finds, in order, up to the first damaged one. */
    private static Map<String, byte[]> entries(byte[] bytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.putIfAbsent(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            // A truncated or damaged tail: keep what came before it.
        }
        return entries;
    }
}
