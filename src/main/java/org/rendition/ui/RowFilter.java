package org.rendition.ui;

import java.util.function.Predicate;
import org.rendition.documents.SegmentStatus;

/**
 * Which rows the grid shows. The built-in ones need only a segment's status; others (low
 * confidence, QA issues) are added with {@link FindReplaceViewModel#addFilter(RowFilter)} by the
 * view model that knows what they need.
 *
 * @param label what the filter box says
 * @param shows whether a row passes
 */
public record RowFilter(String label, Predicate<SegmentRow> shows) {
    public static final RowFilter ALL = new RowFilter(Messages.get("filter.all"), row -> true);
    public static final RowFilter UNTRANSLATED = new RowFilter(Messages.get("filter.untranslated"),
            row -> row.target().isBlank());
    public static final RowFilter EDITED = new RowFilter(Messages.get("filter.edited"),
            row -> row.status() == SegmentStatus.EDITED);
    public static final RowFilter UNCONFIRMED = new RowFilter(Messages.get("filter.unconfirmed"),
            row -> row.status() != SegmentStatus.CONFIRMED);
    public static final RowFilter LOW_CONFIDENCE = new RowFilter(Messages.get("filter.lowConfidence"),
            SegmentRow::isLowConfidence);
    public static final RowFilter QA_ISSUES = new RowFilter(Messages.get("filter.qa"), SegmentRow::hasQaIssues);
    /** Rows read from a scan whose OCR confidence is low: what to check against the page. */
    public static final RowFilter LOW_OCR = new RowFilter(Messages.get("filter.lowOcr"), SegmentRow::ocrNeedsChecking);
}
