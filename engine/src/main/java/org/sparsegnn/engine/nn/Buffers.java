package org.sparsegnn.engine.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Preallocated output arrays of one layer, reused every epoch (creating an INDArray costs ~0.1 ms, a 512 KB Java
 * array a trip through the allocator and later the collector). An array returned by a layer stays valid until
 * that layer's next call that produces the same output.
 */
final class Buffers {
    private final Map<String, INDArray> arrays = new HashMap<>();
    private final Map<String, float[][]> columns = new HashMap<>();

    INDArray get(String slot, long rows, long cols) {
        String key = slot + '@' + rows + 'x' + cols;
        return arrays.computeIfAbsent(key, k -> Nd4j.create(DataType.FLOAT, new long[] {rows, cols}, 'c'));
    }

    /** Column buffers above this many floats (evaluation chunks) are not kept: the collector takes them back. */
    private static final long MAX_KEPT_FLOATS = 4L << 20;

    /** One Java array of {@code length} floats (a row-major matrix). */
    float[] floats(String slot, int length) {
        return columns(slot, 1, length)[0];
    }

    /** {@code count} Java arrays of {@code length} floats (a matrix held by column, see {@link DenseRows#columns()}). */
    float[][] columns(String slot, int count, int length) {
        if ((long) count * length > MAX_KEPT_FLOATS) return new float[count][length];
        String key = slot + '@' + count + 'x' + length;
        return columns.computeIfAbsent(key, k -> new float[count][length]);
    }
}
