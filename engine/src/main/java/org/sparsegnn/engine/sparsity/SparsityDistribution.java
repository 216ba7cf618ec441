package org.sparsegnn.engine.sparsity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a global sparsity target is spread over the prunable layers, as exact active-weight counts (never Bernoulli
 * draws): {@code uniform} gives every layer the same density; {@code erk} is RigL's Erdős–Rényi rule for fully
 * connected layers, density_l = ε·(n_in + n_out)/(n_in·n_out), with ε solved so the total active count matches the
 * global density. Layers whose ERK density would exceed 1 are made dense and ε is re-solved over the rest.
 * Written in lowercase ("erk") in configurations, files and on the command line.
 */
public enum SparsityDistribution {
    UNIFORM, ERK;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SparsityDistribution::id).toList();
    }

    /** The distribution named {@code id} (any case; "er" is ERK, as RigL's code calls it). */
    @JsonCreator
    public static SparsityDistribution of(String id) {
        String s = id == null ? "" : id.trim();
        if (s.equalsIgnoreCase("er")) return ERK;
        for (SparsityDistribution d : values()) if (d.id().equalsIgnoreCase(s)) return d;
        throw new IllegalArgumentException("unknown distribution '" + id + "'; known: " + String.join(", ", ids()));
    }

    /**
     * Per-layer densities (fractions of active weights) for shapes {rows, cols} at the given global sparsity
     * (1 = every weight zero: a layer's own limit, not a run's, see the settings validator).
     */
    public double[] densities(List<int[]> shapes, double sparsity) {
        double density = 1.0 - sparsity;
        if (density < 0 || density > 1) throw new IllegalArgumentException("sparsity " + sparsity + " is outside [0, 1]");
        double[] d = new double[shapes.size()];
        if (this == UNIFORM) Arrays.fill(d, density);
        else erk(shapes, density, d);
        return d;
    }

    /**
     * Exact active counts per layer. The counts sum to round(density · total) (largest-remainder rounding), so the
     * realized global sparsity is the target up to one weight.
     */
    public int[] activeCounts(List<int[]> shapes, double sparsity) {
        double[] d = densities(shapes, sparsity);
        long total = 0;
        for (int[] s : shapes) total += (long) s[0] * s[1];
        long target = Math.round((1.0 - sparsity) * total);
        int[] counts = new int[d.length];
        double[] remainder = new double[d.length];
        long sum = 0;
        for (int i = 0; i < d.length; i++) {
            double exact = d[i] * size(shapes.get(i));
            counts[i] = (int) Math.floor(exact + 1e-9);
            remainder[i] = exact - counts[i];
            sum += counts[i];
        }
        // hand out the rounding remainder to layers with the largest fractional parts that are not full yet
        while (sum < target) {
            int best = -1;
            for (int i = 0; i < d.length; i++) {
                if (counts[i] < size(shapes.get(i)) && (best < 0 || remainder[i] > remainder[best])) best = i;
            }
            if (best < 0) break;
            counts[best]++;
            remainder[best] = -1;
            sum++;
        }
        return counts;
    }

    private static long size(int[] shape) {
        return (long) shape[0] * shape[1];
    }

    private static void erk(List<int[]> shapes, double density, double[] out) {
        int n = shapes.size();
        boolean[] dense = new boolean[n];
        double total = 0;
        for (int[] s : shapes) total += size(s);
        double budget = density * total;
        while (true) {
            // active weights left for the non-dense layers, and their summed raw ERK scores (raw · size)
            double left = budget;
            double rawMass = 0;
            for (int i = 0; i < n; i++) {
                int[] s = shapes.get(i);
                if (dense[i]) left -= size(s);
                else rawMass += raw(s) * size(s);
            }
            double eps = rawMass == 0 ? 0 : left / rawMass;
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!dense[i] && eps * raw(shapes.get(i)) > 1.0) {
                    dense[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                for (int i = 0; i < n; i++) out[i] = dense[i] ? 1.0 : Math.max(0, eps * raw(shapes.get(i)));
                return;
            }
        }
    }

    private static double raw(int[] s) {
        return (double) (s[0] + s[1]) / ((double) s[0] * s[1]);
    }
}
