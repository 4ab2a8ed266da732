package org.rendition.documents.ocr;

import java.util.Arrays;

/**
 * Finds how far a page's text lines lean, by the projection profile: seen along the right angle,
 * the ink falls into sharp rows (text lines) and sharp gaps, so the sum of squared row counts is
 * largest. Tesseract follows lines a few degrees off by itself, but it reads straight lines
 * better, and a fax or a photograph is often 2 to 5 degrees off.
 */
final class Deskew {
    /** Pages leaning more than this were turned on purpose or are photographs of a slant; leave them. */
    static final double MAX_DEGREES = 10;
    /** Less than this is within what Tesseract takes in its stride; rotating would only blur. */
    static final double NEGLIGIBLE_DEGREES = 0.3;

    /** The profile needs ink, not detail: about 1,000 pixels across keep lines apart at 300 dpi. */
    private static final int SAMPLE_WIDTH = 1000;
    /** Darker than this (of 255) is ink; scans put paper well above it and print well below. */
    private static final int INK = 128;

    private Deskew() {
    }

    /**
     * The clockwise rotation, in degrees, that makes the page's lines level: 0 when it cannot
     * tell (too little ink) or the lean is negligible.
     */
    static double correction(GrayImage page) {
        int step = Math.max(1, page.width() / SAMPLE_WIDTH);
        int[] xs = new int[1024];
        int[] ys = new int[1024];
        int count = 0;
        byte[] pixels = page.pixels();
        int width = page.width();
        for (int y = 0; y < page.height(); y += step) {
            for (int x = 0; x < width; x += step) {
                if ((pixels[y * width + x] & 0xFF) < INK) {
                    if (count == xs.length) {
                        xs = Arrays.copyOf(xs, count * 2);
                        ys = Arrays.copyOf(ys, count * 2);
                    }
                    xs[count] = x / step;
                    ys[count] = y / step;
                    count++;
                }
            }
        }
        if (count < 200) {
            return 0;
        }
        int rows = page.height() / step + page.width() / step + 2;
        double best = search(xs, ys, count, rows, -MAX_DEGREES, MAX_DEGREES, 0.5);
        best = search(xs, ys, count, rows, best - 0.5, best + 0.5, 0.05);
        return Math.abs(best) < NEGLIGIBLE_DEGREES ? 0 : -best;
    }

    /** The lean in [from, to] (in steps of {@code step}) whose row profile is sharpest. */
    private static double search(int[] xs, int[] ys, int count, int rows, double from, double to, double step) {
        double bestAngle = 0;
        double bestScore = -1;
        int[] histogram = new int[rows];
        int offset = rows / 2;
        for (double angle = from; angle <= to + 1e-9; angle += step) {
            double tan = Math.tan(Math.toRadians(angle));
            Arrays.fill(histogram, 0);
            for (int i = 0; i < count; i++) {
                int row = (int) Math.round(ys[i] - xs[i] * tan) + offset;
                if (row >= 0 && row < rows) {
                    histogram[row]++;
                }
            }
            double score = 0;
            for (int value : histogram) {
                score += (double) value * value;
            }
            // Prefer the angle nearer level on a tie, so a page with no lean is left alone.
            if (score > bestScore * (1 + 1e-9) || (score >= bestScore && Math.abs(angle) < Math.abs(bestAngle))) {
                bestScore = score;
                bestAngle = angle;
            }
        }
        return bestAngle;
    }
}
