package org.sparsegnn.engine.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataBuffer;
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

    /**
     * The columns of a rows × cols row-major matrix, column c as {@code out[c][0 .. rows)}; {@code out} is reused
     * when it has the right shape (cols arrays of length rows), else a new one is returned. Four rows at a time:
     * each column array then gets four consecutive values per visit (measured fastest of the blockings tried);
     * blocks of rows in parallel (a 512 × 128 batch took ~50 µs on one core, ~7 % of a sparse training step).
     */
    public static float[][] toColumns(float[] rowMajor, int rows, int cols, float[][] out) {
        float[][] c = out != null && out.length == cols && (cols == 0 || out[0].length == rows) ? out : new float[cols][rows];
        // a copied value costs about what 8 multiply-adds of the kernels do (the threshold's unit)
        WorkSplit.evenRows(rows / 4, 4L * 8 * cols, (from, to) -> {
            for (int r = 4 * from; r < 4 * to; r += 4) {
                int b0 = r * cols, b1 = b0 + cols, b2 = b1 + cols, b3 = b2 + cols;
                for (int j = 0; j < cols; j++) {
                    float[] cj = c[j];
                    cj[r] = rowMajor[b0 + j];
                    cj[r + 1] = rowMajor[b1 + j];
                    cj[r + 2] = rowMajor[b2 + j];
                    cj[r + 3] = rowMajor[b3 + j];
                }
            }
        });
        for (int r = rows - rows % 4; r < rows; r++) for (int j = 0; j < cols; j++) c[j][r] = rowMajor[r * cols + j];
        return c;
    }

    /** The inverse of {@link #toColumns}: columns (each of at least {@code rows}) into a row-major array. */
    public static void fromColumns(float[][] columns, int rows, float[] rowMajor) {
        int cols = columns.length;
        if (rowMajor.length != rows * cols) throw new IllegalArgumentException("buffer " + rowMajor.length + " vs " + rows + "x" + cols);
        for (int r0 = 0; r0 < rows; r0 += 16) {
            int r1 = Math.min(rows, r0 + 16);
            for (int c0 = 0; c0 < cols; c0 += 16) {
                int c1 = Math.min(cols, c0 + 16);
                for (int j = c0; j < c1; j++) {
                    float[] col = columns[j];
                    for (int r = r0; r < r1; r++) rowMajor[r * cols + j] = col[r];
                }
            }
        }
    }

    /**
     * out[e] = a's row-major entry at flat index {@code at[e]}, without copying the whole array on the CPU backend
     * (the data buffer's indexed access: measured 1–2 ns an entry, where a FloatBuffer view took 10).
     */
    public static void gather(INDArray a, int[] at, float[] out) {
        if (Backend.isCpu() && isPlain(a)) {
            DataBuffer db = a.data();
            long off = a.offset();
            for (int e = 0; e < at.length; e++) out[e] = db.getFloat(off + at[e]);
        } else {
            float[] all = read(a);
            for (int e = 0; e < at.length; e++) out[e] = all[at[e]];
        }
    }

    /** Writes values[e] to a's row-major entry at flat index {@code at[e]}, leaving the other entries as they are. */
    public static void scatter(float[] values, int[] at, INDArray a) {
        if (Backend.isCpu() && isPlain(a)) {
            DataBuffer db = a.data();
            long off = a.offset();
            for (int e = 0; e < at.length; e++) db.put(off + at[e], values[e]);
        } else {
            float[] all = read(a);
            for (int e = 0; e < at.length; e++) all[at[e]] = values[e];
            write(all, a);
        }
    }

    private static boolean isPlain(INDArray a) {
        return a.ordering() == 'c' && a.dataType() == DataType.FLOAT && !a.isView();
    }

    private static INDArray contiguous(INDArray a) {
        if (isPlain(a)) return a;
        return a.castTo(DataType.FLOAT).dup('c');
    }
}
