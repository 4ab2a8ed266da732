package org.rendition.workflow.review;

import org.rendition.workflow.review.AuditReport;
import org.rendition.workflow.review.ReviewDocument;
import org.rendition.workflow.review.ReviewStatus;
import org.rendition.workflow.review.ReviewSummary;
import java.util.List;
import org.rendition.workflow.ReadableTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The audit report as a self-contained web page: it is read offline, so no scripts or links. */
final class AuditReportPage {
    private AuditReportPage() {
    }

    static String html(AuditReport report) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(report.marking()) + " \u2014 Rendition audit report</title>"
                + "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
                + ".marking{text-align:center;font-weight:bold;border:2px solid #000;padding:4px}</style></head><body>\n");
        marking(page, report);
        page.append("<h1>Rendition audit report</h1>\n<p>Period: ").append(escape(ReadableTime.of(report.from())))
                .append(" to ").append(escape(ReadableTime.of(report.to()))).append(". Produced ")
                .append(escape(ReadableTime.of(report.produced()))).append(" by ").append(escape(report.producedBy()))
                .append(".</p>\n<p id=\"chain\">").append(escape(report.check().summary()))
                .append(" <code>").append(escape(report.anchor().toString()))
                .append("</code> (keep it: <code>rendition history verify --anchor-file</code> this report shows later"
                        + " that no row up to it was deleted or rewritten)</p>\n");
        documents(page, report.documents());
        people(page, report.documents());
        models(page, report.documents());
        page.append("<h2>Refused attempts</h2>\n");
        if (report.refusals().isEmpty()) {
            page.append("<p>None.</p>\n");
        } else {
            page.append("<ul>\n");
            report.refusals().forEach(r -> page.append("<li>").append(escape(r)).append("</li>\n"));
            page.append("</ul>\n");
        }
        marking(page, report);
        return page.append("</body></html>\n").toString();
    }

    /** The marking at the top and the bottom of the page, as on every classified document. */
    private static void marking(StringBuilder page, AuditReport report) {
        page.append("<p class=\"marking\">").append(escape(report.marking())).append("</p>\n");
    }

    private static void documents(StringBuilder page, List<ReviewDocument> documents) {
        page.append("<h2>Documents</h2>\n<table id=\"documents\"><tr><th>Document</th><th>Job</th><th>Analyst</th>"
                + "<th>Started</th><th>Languages</th><th>Model</th><th>Classification</th><th>Status</th>"
                + "<th>Segments</th><th>Edited</th><th>Edit ratio</th><th>Review steps</th></tr>\n");
        for (ReviewDocument d : documents) {
            ReviewSummary s = d.summary();
            String steps = d.reviewSteps().stream().map(c -> c.outcome().label() + " by " + c.user() + " at " + ReadableTime.of(c.at())
                    + (c.comment().isEmpty() ? "" : ": " + c.comment())).collect(Collectors.joining("; "));
            row(page, s.document(), s.jobId(), s.analyst(), ReadableTime.of(s.started()), s.languagePair(), s.model(),
                    s.classification(), s.status().label(), String.valueOf(s.segments()),
                    String.valueOf(s.editedSegments()), percent(s.editRatio()), steps);
        }
        page.append("</table>\n");
    }

    private static void people(StringBuilder page, List<ReviewDocument> documents) {
        page.append("<h2>People</h2>\n<table id=\"people\"><tr><th>Person</th><th>Documents translated</th>"
                + "<th>Mean edit ratio</th><th>Approvals given</th><th>Returns given</th></tr>\n");
        Map<String, int[]> steps = new TreeMap<>();
        documents.forEach(d -> d.reviewSteps().forEach(c -> {
            int[] counts = steps.computeIfAbsent(c.user(), u -> new int[2]);
            if (c.outcome() == ReviewStatus.APPROVED) {
                counts[0]++;
            } else if (c.outcome() == ReviewStatus.RETURNED) {
                counts[1]++;
            }
        }));
        Map<String, List<ReviewSummary>> byAnalyst = group(documents, ReviewSummary::analyst);
        java.util.Set<String> everyone = new java.util.TreeSet<>(byAnalyst.keySet());
        everyone.addAll(steps.keySet());
        for (String person : everyone) {
            List<ReviewSummary> own = byAnalyst.getOrDefault(person, List.of());
            int[] counts = steps.getOrDefault(person, new int[2]);
            row(page, person, String.valueOf(own.size()), own.isEmpty() ? "" : percent(mean(own)),
                    String.valueOf(counts[0]), String.valueOf(counts[1]));
        }
        page.append("</table>\n");
    }

    private static void models(StringBuilder page, List<ReviewDocument> documents) {
        page.append("<h2>Models</h2>\n<table id=\"models\"><tr><th>Model</th><th>Documents</th>"
                + "<th>Mean edit ratio</th></tr>\n");
        group(documents, ReviewSummary::model).forEach((model, list) ->
                row(page, model.isEmpty() ? "(none)" : model, String.valueOf(list.size()), percent(mean(list))));
        page.append("</table>\n");
    }

    private static Map<String, List<ReviewSummary>> group(List<ReviewDocument> documents,
                                                          Function<ReviewSummary, String> key) {
        return documents.stream().map(ReviewDocument::summary)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static double mean(List<ReviewSummary> summaries) {
        return summaries.stream().mapToDouble(ReviewSummary::editRatio).average().orElse(0);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    private static void row(StringBuilder page, String... cells) {
        page.append("<tr>");
        for (String cell : cells) {
            page.append("<td>").append(escape(cell)).append("</td>");
        }
        page.append("</tr>\n");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
