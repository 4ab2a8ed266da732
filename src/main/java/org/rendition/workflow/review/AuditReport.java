package org.rendition.workflow.review;

import java.time.Instant;
import java.util.List;
import org.rendition.history.HistoryAnchor;
import org.rendition.workflow.profile.HistoryCheck;

/**
 * What the audit report says about a period: the documents started in it with their segments and
 * review steps, the refused attempts, and the verdict on the hash chain with the hash of its last
 * row (an auditor who keeps that hash can later show that nothing before it was rewritten).
 *
 * @param marking the highest classification among its documents: the report carries what it quotes
 */
public record AuditReport(String marking, Instant from, Instant to, Instant produced, String producedBy,
                          List<ReviewDocument> documents, List<String> refusals, HistoryCheck check,
                          HistoryAnchor anchor) {
    public AuditReport {
        documents = List.copyOf(documents);
        refusals = List.copyOf(refusals);
    }
}
