package org.sparsegnn.engine.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between INDArrays and Java float arrays. Element-wise and sparse work is done in plain Java over
 * these copies because every INDArray call crosses JNI; a bulk copy is one memcpy. On the CPU backend the copy
 * goes straight through the off-heap buffer; other backends go through ND4J's host synchronisation.
 */
public final class Floats {
    private Floats() {
    }

    /** Row-major contents of {@code a} (float32) as a new array. */
    public static float[] read(INDArray a) {
        float[] out = new float[(int) a.length()];
        read(a, out);
        return out;
    }

    /** Copies the row-major contents of {@code a} into {@code out} (length must match). */
    public static void read(INDArray a, float[] out) {
        INDArray c = contiguous(a);
        if (out.length != c.length()) throw new IllegalArgumentException("buffer " + out.length + " vs array " + c.length());
        if (Backend.isCpu()) {
            FloatBuffer fb = c.data().asNioFloat();
            fb.position((int) c.offset());
            fb.get(out, 0, out.length);
        } else {
            float[] all = c.data().asFloat();
            System.arraycopy(all, (int) c.offset(), out, 0, out.length);
        }
    }

    /** Overwrites {@code a} (a contiguous, non-view float32 C-order array) with {@code src}. */
    public static void write(float[] src, INDArray a) {
        if (src.length != a.length()) throw new IllegalArgumentException("buffer " + src.length + " vs array " + a.length());
        if (Backend.isCpu() && isPlain(a)) {
            FloatBuffer fb = a.data().asNioFloat();
            fb.position((int) a.offset());
            fb.put(src, 0, src.length);
        } else {
            a.assign(Nd4j.createFromArray(src).reshape('c', a.shape()));
        }
    }

    /** A new rows × cols float32 C-order matrix holding {@code data}. */
    public static INDArray matrix(float[] data, int rows, int cols) {
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(data.length + " values for a " + rows + "x" + cols + " matrix");
        }
        if (!Backend.isCpu()) return Nd4j.create(data, new long[] {rows, cols}, 'c');
        // Nd4j.create(float[]) copies element by element; a bulk NIO copy is ~10x faster
        INDArray a = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, cols}, 'c');
        write(data, a);
        return a;
    }

    private static boolean isPlain(INDArray a) {
        return a.ordering() == 'c' && a.dataType() == DataType.FLOAT && !a.isView();
    }

    private static INDArray contiguous(INDArray a) {
        if (isPlain(a)) return a;
        return a.castTo(DataType.FLOAT).dup('c');
    }
}
