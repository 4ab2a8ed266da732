package org.rendition.history;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over history rows: each row's hash is SHA-256 over its sequence, its content
 * and the previous row's hash, so changing, removing or reordering any row breaks every hash
 * after it. Fields are encoded length-prefixed (null distinct from empty), so no two different
 * rows encode alike.
 */
public final class HashChain {
    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String hash(long sequence, HistoryEvent e, String previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(sequence);
            field(out, previousHash);
            field(out, e.kind().name());
            field(out, e.jobId());
            field(out, e.at().toString());
            field(out, e.user());
            field(out, e.document());
            field(out, e.sourceLang());
            field(out, e.targetLang());
            field(out, e.modelName());
            field(out, e.modelHash());
            field(out, e.segmentIndex() == null ? null : e.segmentIndex().toString());
            field(out, e.source());
            field(out, e.machineOutput());
            field(out, e.finalText());
            out.writeInt(e.tmHits().size());
            for (String hit : e.tmHits()) {
                field(out, hit);
            }
            out.writeInt(e.glossaryHits().size());
            for (String hit : e.glossaryHits()) {
                field(out, hit);
            }
            // Rows written before review existed end here, so their hashes are unchanged; a row
            // with review fields is longer, and length prefixes keep the two forms apart.
            if (e.hasReviewFields()) {
                field(out, e.role());
                field(out, e.classification());
                field(out, e.comment());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    /** The next record in the chain after {@code head}. */
    public static HistoryRecord append(HistoryHead head, HistoryEvent event) {
        long sequence = head.sequence() + 1;
        return new HistoryRecord(sequence, event, head.hash(), hash(sequence, event, head.hash()));
    }

    /** Checks records fed in sequence order, then the head; call {@link #result} at the end. */
    public static final class Verifier {
        private final List<Verification.Problem> problems = new ArrayList<>();
        private long expected = 1;
        private String previousHash = GENESIS;
        private long checked;

        public void check(HistoryRecord r) {
            checked++;
            if (r.sequence() != expected) {
                problems.add(new Verification.Problem(expected, r.sequence() == expected + 1
                        ? "row " + expected + " is missing (deleted)"
                        : "rows " + expected + " to " + (r.sequence() - 1) + " are missing (deleted)"));
            } else if (!r.previousHash().equals(previousHash)) {
                problems.add(new Verification.Problem(r.sequence(), "row " + r.sequence()
                        + " does not follow row " + (r.sequence() - 1) + ": one of them was altered"));
            }
            if (!hash(r.sequence(), r.event(), r.previousHash()).equals(r.hash())) {
                problems.add(new Verification.Problem(r.sequence(), "row " + r.sequence() + " was edited ("
                        + r.event().kind() + " of job " + r.event().jobId() + " at " + r.event().at() + ")"));
            }
            expected = r.sequence() + 1;
            previousHash = r.hash();
        }

        /** The verdict, given the head the application recorded. */
        public Verification result(HistoryHead head) {
            long last = expected - 1;
            if (head.sequence() > last) {
                problems.add(new Verification.Problem(last + 1, "rows " + (last + 1) + " to " + head.sequence()
                        + " at the end are missing (deleted)"));
            } else if (head.sequence() < last || !head.hash().equals(previousHash)) {
                problems.add(new Verification.Problem(last, "the recorded end of the history (row "
                        + head.sequence() + ") does not match its last row " + last + ": rows were altered"));
            }
            return new Verification(checked, problems);
        }
    }
}
