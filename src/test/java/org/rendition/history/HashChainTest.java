package org.rendition.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {
    private static HistoryEvent event(String finalText) {
        return new HistoryEvent(EventKind.SEGMENT_EDITED, Instant.parse("2024-01-01T00:00:00Z"),
                new HistoryEvent.Job("job", "a.docx", "ru", "en", "opus-mt", "abc"), new HistoryEvent.By("anna", null),
                new HistoryEvent.SegmentChange(3, "Да", "Yes", finalText, List.of("tm#1 80%"), List.of()),
                HistoryEvent.Review.NONE);
    }

    private static List<HistoryRecord> chain(int n) {
        List<HistoryRecord> records = new ArrayList<>();
        HistoryHead head = HistoryHead.EMPTY;
        for (int i = 0; i < n; i++) {
            HistoryRecord r = HashChain.append(head, event("text " + i));
            records.add(r);
            head = new HistoryHead(r.sequence(), r.hash());
        }
        return records;
    }

    private static Verification verify(List<HistoryRecord> records, HistoryHead head) {
        HashChain.Verifier verifier = new HashChain.Verifier();
        records.forEach(verifier::check);
        return verifier.result(head);
    }

    private static HistoryHead headOf(List<HistoryRecord> records) {
        HistoryRecord last = records.get(records.size() - 1);
        return new HistoryHead(last.sequence(), last.hash());
    }

    @Test
    void untouchedChainIsIntact() {
        List<HistoryRecord> records = chain(5);
        assertTrue(verify(records, headOf(records)).intact());
    }

    @Test
    void nullAndEmptyFieldsHashDifferently() {
        assertNotEquals(HashChain.hash(1, event(null), HashChain.GENESIS), HashChain.hash(1, event(""), HashChain.GENESIS));
    }

    @Test
    void deletedMiddleRowIsNamed() {
        List<HistoryRecord> records = chain(5);
        HistoryHead head = headOf(records);
        records.remove(2);
        Verification v = verify(records, head);
        assertEquals(3, v.problems().get(0).sequence());
        assertTrue(v.problems().get(0).description().contains("row 3 is missing"));
    }

    @Test
    void deletedLastRowsAreDetectedThroughTheHead() {
        List<HistoryRecord> records = chain(5);
        HistoryHead head = headOf(records);
        Verification v = verify(records.subList(0, 3), head);
        assertEquals(4, v.problems().get(0).sequence());
    }

    @Test
    void rehashedEditIsCaughtByTheNextRow() {
        List<HistoryRecord> records = chain(4);
        HistoryRecord old = records.get(1);
        HistoryEvent forged = event("forged");
        records.set(1, new HistoryRecord(2, forged, old.previousHash(), HashChain.hash(2, forged, old.previousHash())));
        Verification v = verify(records, headOf(records));
        assertEquals(3, v.problems().get(0).sequence());
        assertTrue(v.problems().get(0).description().contains("does not follow row 2"));
    }

    @Test
    void rowWithoutReviewFieldsHashesAsRowsDidBeforeReviewExisted() {
        // Computed by the hash chain as it was before roles, markings and comments were added:
        // histories written then still verify.
        assertEquals("7a4f65c7d4d3d62c51abdf34ca6a3c52d51f4b62a35ec2f3a2c8d85bf02b1fb0",
                HashChain.hash(1, event("Yes."), HashChain.GENESIS));
    }

    @Test
    void roleMarkingAndCommentAreCoveredByTheHash() {
        HistoryEvent returned = new HistoryEvent(EventKind.REVIEW_RETURNED, Instant.parse("2024-01-01T00:00:00Z"),
                new HistoryEvent.Job("job", "a.docx", "ru", "en", "opus-mt", "abc"),
                new HistoryEvent.By("sue", "supervisor"), HistoryEvent.SegmentChange.NONE,
                new HistoryEvent.Review("SECRET", "Too informal."));
        String hash = HashChain.hash(1, returned, HashChain.GENESIS);
        assertNotEquals(hash, HashChain.hash(1, new HistoryEvent(returned.kind(), returned.at(), returned.job(),
                returned.by(), returned.segment(), new HistoryEvent.Review("SECRET", "Fine.")), HashChain.GENESIS));
        assertNotEquals(hash, HashChain.hash(1, new HistoryEvent(returned.kind(), returned.at(), returned.job(),
                returned.by(), returned.segment(), new HistoryEvent.Review("OFFICIAL", "Too informal.")),
                HashChain.GENESIS));
        assertNotEquals(hash, HashChain.hash(1, new HistoryEvent(returned.kind(), returned.at(), returned.job(),
                new HistoryEvent.By("sue", "analyst"), returned.segment(), returned.review()), HashChain.GENESIS));
    }
}
