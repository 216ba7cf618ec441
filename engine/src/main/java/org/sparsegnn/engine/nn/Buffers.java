package org.sparsegnn.engine.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Preallocated output arrays of one layer, reused every epoch (creating an INDArray costs ~0.1 ms). An array
 * returned by a layer stays valid until that layer's next call that produces the same output.
 */
final class Buffers {
    private final Map<String, INDArray> arrays = new HashMap<>();

    INDArray get(String slot, long rows, long cols) {
        String key = slot + '@' + rows + 'x' + cols;
        return arrays.computeIfAbsent(key, k -> Nd4j.create(DataType.FLOAT, new long[] {rows, cols}, 'c'));
    }
}
