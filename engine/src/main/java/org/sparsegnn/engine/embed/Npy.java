package org.sparsegnn.engine.embed;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sparsegnn.engine.graph.DenseMatrix;

/**
 * NumPy's .npy format (version 1.0) for float32 matrices: magic, a Python-dict header padded to a multiple of 64
 * bytes, then little-endian C-order values. Enough to hand embeddings to numpy and to read our own cache back.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\)");

    private Npy() {
    }

    /** The complete .npy file of a float32 rows × cols matrix. */
    public static byte[] encode(DenseMatrix m) {
        byte[] header = header(m.rows(), m.cols());
        ByteBuffer buf = ByteBuffer.allocate(header.length + 4 * m.data().length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(header);
        buf.asFloatBuffer().put(m.data());
        return buf.array();
    }

    public static void write(DenseMatrix m, OutputStream out) throws IOException {
        out.write(encode(m));
    }

    static byte[] header(int rows, int cols) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1; // + '\n'
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        byte[] textBytes = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + textBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) textBytes.length).put(textBytes);
        return b.array();
    }

    /** Reads a float32 2-D .npy written by {@link #write}; {@code what} names the source in errors. */
    public static DenseMatrix read(InputStream in, String what) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        data.readFully(magic);
        for (int i = 0; i < MAGIC.length; i++) {
            if (magic[i] != MAGIC[i]) throw new IOException(what + ": not a .npy file");
        }
        int major = data.readUnsignedByte();
        data.readUnsignedByte();
        if (major != 1) throw new IOException(what + ": unsupported .npy version " + major);
        int headerLen = Short.toUnsignedInt(Short.reverseBytes(data.readShort()));
        byte[] headerBytes = new byte[headerLen];
        data.readFully(headerBytes);
        String header = new String(headerBytes, StandardCharsets.US_ASCII);
        if (!header.contains("'<f4'") || header.contains("'fortran_order': True")) {
            throw new IOException(what + ": expected a C-order float32 matrix, header " + header.trim());
        }
        Matcher m = SHAPE.matcher(header);
        if (!m.find()) throw new IOException(what + ": expected a 2-D shape in header " + header.trim());
        int rows = Integer.parseInt(m.group(1)), cols = Integer.parseInt(m.group(2));
        byte[] raw = new byte[Math.multiplyExact(Math.multiplyExact(rows, cols), 4)];
        data.readFully(raw);
        float[] values = new float[rows * cols];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return new DenseMatrix(rows, cols, values);
    }
}
