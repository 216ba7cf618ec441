package org.sparsegnn.engine.graph.io;

import java.util.HashMap;
import org.sparsegnn.engine.graph.CsrMatrix;

/**
 * A {@code scipy.sparse.csr_matrix} as pickled: NEWOBJ of the class, then BUILD with its {@code __dict__}
 * ({@code _shape}, {@code indptr}, {@code indices}, {@code data}, {@code format}, …).
 */
public final class PickledCsrMatrix implements PickledObject {
    private HashMap<?, ?> state;

    PickledCsrMatrix() {
    }

    public void __setstate__(HashMap<?, ?> dict) {
        if (state != null) throw new BadDataException("csr_matrix state set twice");
        state = dict;
    }

    /** Checked conversion: any inconsistency (lengths, ranges, order) becomes a refusal naming the field. */
    CsrMatrix toCsrMatrix() {
        if (state == null) throw new BadDataException("csr_matrix without state");
        Object format = state.get("format");
        if (format != null && !"csr".equals(format)) throw new BadDataException("sparse format '" + format + "', expected 'csr'");
        if (!(state.get("_shape") instanceof Object[] shape) || shape.length != 2
                || !(shape[0] instanceof Number r) || !(shape[1] instanceof Number c)) {
            throw new BadDataException("csr_matrix _shape is not a pair of integers");
        }
        long rows = r.longValue(), cols = c.longValue();
        if (rows < 0 || cols < 0 || rows >= Integer.MAX_VALUE || cols >= Integer.MAX_VALUE) {
            throw new BadDataException("csr_matrix shape " + rows + "x" + cols + " out of range");
        }
        int[] indptr = field("indptr").toIntArray("indptr");
        int[] indices = field("indices").toIntArray("indices");
        float[] data = field("data").toFloatArray();
        return SparseParts.csr(rows, cols, indptr, indices, data);
    }

    private NumericArray field(String key) {
        if (!(state.get(key) instanceof PickledNdArray a)) throw new BadDataException("csr_matrix field '" + key + "' is not an ndarray");
        return a.array();
    }
}
