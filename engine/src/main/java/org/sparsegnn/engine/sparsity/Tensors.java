package org.sparsegnn.engine.sparsity;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.sparsegnn.engine.nn.Mask;

/** Bulk copies between INDArrays and float[] (row-major), so element-wise method logic runs on plain arrays. */
public final class Tensors {
    private Tensors() {
    }

    /** A row-major copy of the values. */
    public static float[] read(INDArray a) {
        return a.reshape('c', new long[] {a.length()}).toFloatVector();
    }

    /** Overwrites {@code target} with row-major {@code values}. */
    public static void write(INDArray target, float[] values) {
        target.assign(Nd4j.createFromArray(values).reshape('c', target.shape()));
    }

    /** target += values (row-major). */
    public static void addInPlace(INDArray target, float[] values) {
        target.addi(Nd4j.createFromArray(values).reshape('c', target.shape()));
    }

    /** Multiplies the tensor by its 0/1 mask so masked entries are exactly zero. */
    public static void applyMask(INDArray target, Mask mask) {
        target.muli(Nd4j.createFromArray(mask.asFloats()).reshape('c', target.shape()));
    }

    public static float[] abs(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Math.abs(v[i]);
        return out;
    }
}
