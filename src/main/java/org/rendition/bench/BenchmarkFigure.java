package org.rendition.bench;

/**
 * One measured figure.
 *
 * @param name what was measured
 * @param value the measurement
 * @param unit its unit
 */
public record BenchmarkFigure(String name, double value, String unit) {
}
