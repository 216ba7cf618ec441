package org.sparsegnn.app.charts;

/** Epochs [{@code fromEpoch}, {@code toEpoch}] spent in one phase, shaded behind the metric curves. */
public record PhaseBand(String phase, int fromEpoch, int toEpoch) {
}
