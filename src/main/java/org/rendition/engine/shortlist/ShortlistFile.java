package org.rendition.engine.shortlist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A pack's shortlist on disk: {@value #FILE_NAME} beside the model's files, outside the pack's
 * manifest (decision 0026), with the SHA-256 of its body on its first line so damage is found when
 * it is read or verified. Plain text, one source token a line:
 *
 * <pre>
 * rendition-shortlist 1 VOCABULARY SHA256
 * origin  words saying what it was built from
 * frequent  id id id …
 * SOURCE_ID  id id id …
 * </pre>
 */
public final class ShortlistFile {
    public static final String FILE_NAME = "shortlist.tsv";
    private static final String MAGIC = "rendition-shortlist";
    private static final int FORMAT = 1;
    /** Far above any real table (65,001 source words × 50 candidates ≈ 20 MB); a bigger file is not ours. */
    private static final long MOST_BYTES = 256L << 20;

    private ShortlistFile() {
    }

    /** The shortlist file of a pack folder. */
    public static Path in(Path packFolder) {
        return packFolder.resolve(FILE_NAME);
    }

    /** Reads the shortlist of a pack folder, or empty when it has none. */
    public static Optional<Shortlist> readIfPresent(Path packFolder, int vocabulary) throws ShortlistException {
        Path file = in(packFolder);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(read(file, vocabulary));
    }

    /** Reads and checks a shortlist file made for a vocabulary of {@code vocabulary} ids. */
    public static Shortlist read(Path file, int vocabulary) throws ShortlistException {
        String text;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MOST_BYTES) {
                throw damaged("is not a shortlist file");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw damaged("cannot be read");
        }
        int firstLine = text.indexOf('\n');
        if (firstLine < 0) {
            throw damaged("is incomplete");
        }
        String[] header = text.substring(0, firstLine).split(" ");
        String body = text.substring(firstLine + 1);
        if (header.length != 4 || !header[0].equals(MAGIC) || !header[1].equals(String.valueOf(FORMAT))) {
            throw damaged("is not a shortlist file");
        }
        if (!sha256(body).equals(header[3])) {
            throw damaged("does not match its checksum");
        }
        if (!header[2].equals(String.valueOf(vocabulary))) {
            throw damaged("was built for a vocabulary of " + header[2] + " words, not this model's " + vocabulary);
        }
        try {
            return parseBody(body, vocabulary);
        } catch (RuntimeException e) {
            throw damaged("has an unreadable line");
        }
    }

    private static Shortlist parseBody(String body, int vocabulary) {
        int[][] candidates = new int[vocabulary][];
        int[] frequent = new int[0];
        String origin = "";
        for (String line : body.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String key = line.substring(0, tab);
            String rest = line.substring(tab + 1);
            if (key.equals("origin")) {
                origin = rest;
            } else if (key.equals("frequent")) {
                frequent = ids(rest, vocabulary);
            } else {
                int source = Integer.parseInt(key);
                if (source < 0 || source >= vocabulary) {
                    throw new IllegalArgumentException("source id out of range");
                }
                candidates[source] = ids(rest, vocabulary);
            }
        }
        return new Shortlist(vocabulary, candidates, frequent, origin);
    }

    private static int[] ids(String list, int vocabulary) {
        if (list.isBlank()) {
            return new int[0];
        }
        String[] parts = list.split(" ");
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = Integer.parseInt(parts[i]);
            if (ids[i] < 0 || ids[i] >= vocabulary) {
                throw new IllegalArgumentException("target id out of range");
            }
        }
        return ids;
    }

    /** Writes a shortlist into a pack folder, replacing any earlier one only once it is complete. */
    public static void write(Shortlist shortlist, Path packFolder) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("origin\t").append(shortlist.origin().replace('\n', ' ').replace('\t', ' ')).append('\n');
        body.append("frequent\t");
        join(body, shortlist.frequent());
        for (int source = 0; source < shortlist.vocabulary(); source++) {
            int[] list = shortlist.candidates(source);
            if (list != null) {
                body.append(source).append('\t');
                join(body, list);
            }
        }
        String text = MAGIC + " " + FORMAT + " " + shortlist.vocabulary() + " " + sha256(body.toString()) + "\n" + body;
        Path target = in(packFolder);
        Path partial = packFolder.resolve(FILE_NAME + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void join(StringBuilder out, int[] ids) {
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(ids[i]);
        }
        out.append('\n');
    }

    private static ShortlistException damaged(String problem) {
        return new ShortlistException("The shortlist (" + FILE_NAME + ") " + problem
                + ": build it again with 'rendition models shortlist'.");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
