package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sparsegnn.engine.graph.DenseMatrix;

/**
 * NumPy's {@code .npy} format, the one place that writes its header: magic, version 1.0, a little-endian header
 * length, a Python dict literal padded so the data starts on a 64-byte boundary, then C-order data. Reading goes
 * through {@link NpyReader} (versions 1–3, every numeric dtype), so the embedding cache, {@code masks.npz} and the
 * graph loaders share one parser.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private Npy() {
    }

    /** The bytes of one .npy v1.0 file holding {@code data} (already in {@code descr}'s byte order). */
    public static byte[] encode(String descr, long[] shape, byte[] data) {
        StringBuilder dims = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) dims.append(i == 0 ? "" : ", ").append(shape[i]);
        if (shape.length == 1) dims.append(',');
        dims.append(')');
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + dims + ", }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1; // magic, version, header length, dict, '\n'
        int pad = (64 - unpadded % 64) % 64;
        byte[] h = (dict + " ".repeat(pad) + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) h.length).put(h).put(data);
        return out.array();
    }

    /** The complete .npy file of a float32 rows × cols matrix. */
    public static byte[] encode(DenseMatrix m) {
        ByteBuffer b = ByteBuffer.allocate(4 * m.data().length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(m.data());
        return encode("<f4", new long[] {m.rows(), m.cols()}, b.array());
    }

    /** Reads a 2-D float32 matrix; {@code what} names the source in errors. */
    public static DenseMatrix readMatrix(byte[] bytes, String what) throws IOException {
        try {
            NpyReader.NpyArray a = NpyReader.read(bytes);
            if (a.numeric() == null || !a.numeric().isFloat() || a.shape().length != 2) {
                throw new IOException(what + ": expected a 2-D float matrix, found shape "
                        + Arrays.toString(a.shape()));
            }
            return new DenseMatrix(Math.toIntExact(a.shape()[0]), Math.toIntExact(a.shape()[1]),
                    a.numeric().toFloatArray());
        } catch (BadDataException | ArithmeticException e) {
            throw new IOException(what + ": " + e.getMessage());
        }
    }
}
