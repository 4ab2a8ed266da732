package org.rendition.bench;

import org.rendition.bench.BenchmarkFigure;

/** Where a benchmark sends what it measures, as soon as it is measured. */
public interface BenchmarkReport {
    /** A measured figure. */
    void figure(BenchmarkFigure figure);

    /** A line of context: what runs, what was skipped and why. */
    void note(String line);

    default void figure(String name, double value, String unit) {
        figure(new BenchmarkFigure(name, value, unit));
    }

    /** A figure measured over rounds: the median, then the lowest and highest round after the unit. */
    default void figure(String name, Spread spread, String unit) {
        figure(new BenchmarkFigure(name, spread.median(), unit + " " + spread.range()));
    }
}
