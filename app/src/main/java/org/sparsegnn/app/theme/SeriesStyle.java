package org.sparsegnn.app.theme;

/**
 * How a series is drawn: {@code runIndex} picks the colour (same run, same colour in every chart), {@code kind}
 * picks the stroke (train dotted, validation dashed, test solid, ROC-AUC dash-dotted), {@code baseline} draws it thicker.
 */
public record SeriesStyle(int runIndex, Kind kind, boolean baseline) {
    /** AUC: a link run's test ROC-AUC, drawn dash-dotted on the accuracy chart. */
    public enum Kind { TRAIN, VAL, TEST, AUC, LOSS, OTHER }
}
