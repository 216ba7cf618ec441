package org.sparsegnn.app.charts;

/**
 * How a series is drawn: {@code runIndex} picks the colour (same run, same colour in every chart), {@code kind}
 * picks the stroke (train dotted, validation dashed, test solid), {@code baseline} draws it thicker.
 */
public record SeriesStyle(int runIndex, Kind kind, boolean baseline) {
    public enum Kind { TRAIN, VAL, TEST, LOSS, OTHER }
}
