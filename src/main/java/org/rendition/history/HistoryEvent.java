package org.rendition.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.rendition.arch.ValueType;

/**
 * What one history row says happened: what kind of event, when, in which job, by whom, to which
 * segment, and what a reviewer said. Job-level fields (document, languages, model) are repeated on
 * every row so each row can be read, and verified, on its own.
 *
 * @param kind    what happened
 * @param at      when
 * @param job     the job the row belongs to
 * @param by      who did it, in which role
 * @param segment the segment it changed, or {@link SegmentChange#NONE} for job events
 * @param review  the marking and comment it carries, or {@link Review#NONE}
 */
@ValueType
public record HistoryEvent(EventKind kind, Instant at, Job job, By by, SegmentChange segment, Review review) {
    public HistoryEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(review, "review");
    }

    /**
     * The job a row belongs to.
     *
     * @param id         the job's id ({@code "-"} for rows outside any job)
     * @param document   the document's name, or null
     * @param sourceLang the source language, or null
     * @param targetLang the target language, or null
     * @param modelName  the model pack, or null when no model was used
     * @param modelHash  the hash of the model pack's manifest, or null when no model was used
     */
    public record Job(String id, String document, String sourceLang, String targetLang, String modelName,
                      String modelHash) {
        public Job {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Who did it.
     *
     * @param user the OS user or database login (a supervisor's edit carries the supervisor's name)
     * @param role the role acted in ({@code "supervisor"}), or null on rows written before roles existed
     */
    public record By(String user, String role) {
        public By {
            Objects.requireNonNull(user, "user");
        }
    }

    /**
     * What happened to one segment.
     *
     * @param index         the segment's position in the document
     * @param source        its source text
     * @param machineOutput what the engine produced, or null
     * @param finalText     the target as it stands after this event, or null
     * @param tmHits        translation-memory matches offered, e.g. {@code "fuzzy 92%: …"}
     * @param glossaryHits  glossary terms found, e.g. {@code "Министерство обороны = Ministry of Defence"}
     */
    public record SegmentChange(Integer index, String source, String machineOutput, String finalText,
                                List<String> tmHits, List<String> glossaryHits) {
        /** A job-level row: no segment. */
        public static final SegmentChange NONE = new SegmentChange(null, null, null, null, List.of(), List.of());

        public SegmentChange {
            tmHits = List.copyOf(tmHits);
            glossaryHits = List.copyOf(glossaryHits);
        }

        /** A change of text without memory or glossary hits. */
        public static SegmentChange of(Integer index, String source, String machineOutput, String finalText) {
            return new SegmentChange(index, source, machineOutput, finalText, List.of(), List.of());
        }
    }

    /**
     * What a reviewer or the marking says on the row.
     *
     * @param classification the document's classification marking after this event, or null
     * @param comment        a reviewer's comment, what a refused attempt tried, or a setting change
     */
    public record Review(String classification, String comment) {
        /** Nothing said. */
        public static final Review NONE = new Review(null, null);
    }

    public String jobId() {
        return job.id();
    }

    public String user() {
        return by.user();
    }

    public String role() {
        return by.role();
    }

    public String document() {
        return job.document();
    }

    public String sourceLang() {
        return job.sourceLang();
    }

    public String targetLang() {
        return job.targetLang();
    }

    public String modelName() {
        return job.modelName();
    }

    public String modelHash() {
        return job.modelHash();
    }

    public Integer segmentIndex() {
        return segment.index();
    }

    public String source() {
        return segment.source();
    }

    public String machineOutput() {
        return segment.machineOutput();
    }

    public String finalText() {
        return segment.finalText();
    }

    public List<String> tmHits() {
        return segment.tmHits();
    }

    public List<String> glossaryHits() {
        return segment.glossaryHits();
    }

    public String classification() {
        return review.classification();
    }

    public String comment() {
        return review.comment();
    }

    /** True when the row carries any of the review fields (role, classification, comment). */
    public boolean hasReviewFields() {
        return by.role() != null || review.classification() != null || review.comment() != null;
    }
}
