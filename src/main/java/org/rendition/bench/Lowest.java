package org.rendition.bench;

/**
 * The benchmark's summary: the lowest median ratio to the peer and the lowest median fraction of
 * the matmul ceiling at batch 16, across configurations, with where each was measured.
 */
final class Lowest {
    private double ratio = Double.POSITIVE_INFINITY;
    private String ratioAt = "";
    private double fraction = Double.POSITIVE_INFINITY;
    private String fractionAt = "";

    void ratio(double value, String label) {
        if (value < ratio) {
            ratio = value;
            ratioAt = label;
        }
    }

    void fraction(double value, String label) {
        if (value < fraction) {
            fraction = value;
            fractionAt = label;
        }
    }

    /** Prints the summary line, after {@code tag} (empty at the default settings). */
    void report(String tag, BenchmarkReport report) {
        if (ratioAt.isEmpty() && fractionAt.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(tag + "summary:");
        if (!ratioAt.isEmpty()) {
            line.append(String.format(" lowest Rendition / peer %.2f× (%s);", ratio, ratioAt));
        }
        if (!fractionAt.isEmpty()) {
            line.append(String.format(" lowest share of the matmul ceiling at batch 16 %.1f%% (%s)", fraction,
                    fractionAt));
        }
        report.note(line.toString());
    }
}
