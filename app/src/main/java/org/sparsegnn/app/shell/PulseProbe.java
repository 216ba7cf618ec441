package org.sparsegnn.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import org.sparsegnn.app.pipeline.Percentiles;

/**
 * Measures UI responsiveness: the gaps between consecutive JavaFX pulses (an AnimationTimer runs once per pulse;
 * a long gap means the FX thread was busy). Keeps the last {@value #CAPACITY} gaps.
 */
public final class PulseProbe {
    static final int CAPACITY = 20_000;
    private final double[] gapsMs = new double[CAPACITY];
    private int count;
    private long last;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) gapsMs[count++ % CAPACITY] = (now - last) / 1e6;
            last = now;
        }
    };

    public void start() {
        last = 0;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    public void reset() {
        count = 0;
        last = 0;
    }

    public int samples() {
        return Math.min(count, CAPACITY);
    }

    /** Percentiles (0..100) of the recorded gaps in ms, from one sort; NaN without samples. */
    public double[] percentiles(double... ps) {
        return Percentiles.of(gapsMs, samples(), ps);
    }

    public double percentile(double p) {
        return percentiles(p)[0];
    }

    public double max() {
        return percentile(100);
    }

    /** One line: the percentiles a responsiveness report needs. */
    public String summary() {
        double[] q = percentiles(50, 90, 99, 100);
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d pulses)",
                q[0], q[1], q[2], q[3], samples());
    }

    /** The recorded gaps in order, one per line (for plotting a run's responsiveness over time). */
    public void writeGaps(Path file) throws IOException {
        int n = samples();
        StringBuilder b = new StringBuilder("gap_ms\n");
        for (int i = Math.max(0, count - n); i < count; i++) b.append(gapsMs[i % CAPACITY]).append('\n');
        Files.writeString(file, b);
    }
}
