package org.sparsegnn.engine.nn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which kernels multiply a layer's weight: {@code DENSE} multiplies the (masked) weight matrix as a dense one;
 * {@code SPARSE} touches only the active weights ({@link SparseWeightKernels}, plain Java, CPU only);
 * {@code AUTO} picks sparse for a masked weight on the CPU backend whose density is at most
 * {@link #MAX_SPARSE_DENSITY}, the crossover measured for this project's layer shapes (docs/sparse-kernels.md),
 * and dense otherwise, so a GPU backend keeps its ND4J path. With sparse input (bag-of-words features, top-k
 * embeddings) the dense kernel adds a whole weight row of fan_out SIMD lanes per stored input value; the sparse
 * one visits that row's active weights one by one, which pays only when there are at least
 * {@link #MIN_ACTIVE_PER_ROW} of them on average (Cora's 1433 → 16 layer at density 0.1 has 1.6: its whole
 * training step measured 1.0–1.6× slower on the sparse kernels than on the dense ones).
 */
public enum KernelChoice {
    AUTO, DENSE, SPARSE;

    /** Densities at or below this run sparse under AUTO. */
    public static final double MAX_SPARSE_DENSITY = 0.3;
    /** With sparse input, AUTO runs sparse only with at least this many active weights per weight row on average. */
    public static final double MIN_ACTIVE_PER_ROW = 4;

    /** The ids, in declaration order. */
    public static java.util.List<String> ids() {
        return java.util.Arrays.stream(values()).map(KernelChoice::id).toList();
    }

    /** Parses "auto", "dense" or "sparse", any case (null or blank = auto). */
    @JsonCreator
    public static KernelChoice parse(String s) {
        if (s == null || s.isBlank()) return AUTO;
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "dense" -> DENSE;
            case "sparse" -> SPARSE;
            default -> throw new IllegalArgumentException("unknown kernels '" + s + "'; known: auto, dense, sparse");
        };
    }

    /** Fails with one sentence when this choice cannot run on the active backend. */
    public void checkBackend() {
        if (this == SPARSE && !Backend.isCpu()) {
            throw new IllegalArgumentException("sparse kernels run on the CPU backend only; this run uses " + Backend.name()
                    + " (use --kernels auto or dense)");
        }
    }

    /** Whether a layer with this weight runs the sparse kernels on this input now (an unmasked weight never does). */
    boolean sparseFor(Parameter weight, LayerInput input) {
        if (!weight.isMasked()) return false;
        return switch (this) {
            case DENSE -> false;
            case SPARSE -> true;
            case AUTO -> {
                double density = weight.mask().density();
                yield Backend.isCpu() && density <= MAX_SPARSE_DENSITY
                        && (input instanceof DenseRows || density * weight.cols() >= MIN_ACTIVE_PER_ROW);
            }
        };
    }

    /** How the sparse kernels reduce along the batch here, e.g. "vector (8 float lanes)" (see BatchDots). */
    public static String sparseReductions() {
        return BatchDots.describe();
    }

    /** The lower-case name used in settings, events, files and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
