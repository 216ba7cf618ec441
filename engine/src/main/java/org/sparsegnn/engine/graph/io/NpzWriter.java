package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a numpy {@code .npz} archive: an uncompressed (STORED) zip of {@code NAME.npy} files in the .npy format
 * version 1.0 (magic, little-endian header length, a Python dict literal padded so the data starts on a 64-byte
 * boundary, then little-endian C-order data; see {@link Npy}). {@code numpy.load} reads it without options.
 */
public final class NpzWriter implements AutoCloseable {
    private final ZipOutputStream zip;

    public NpzWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
        zip.setMethod(ZipOutputStream.STORED);
    }

    public void int32(String name, int[] values, long... shape) throws IOException {
        ByteBuffer b = buffer(4L * values.length);
        for (int v : values) b.putInt(v);
        entry(name, "<i4", shape(shape, values.length), b.array());
    }

    public void int64(String name, long[] values, long... shape) throws IOException {
        ByteBuffer b = buffer(8L * values.length);
        for (long v : values) b.putLong(v);
        entry(name, "<i8", shape(shape, values.length), b.array());
    }

    public void uint8(String name, byte[] values, long... shape) throws IOException {
        entry(name, "|u1", shape(shape, values.length), values.clone());
    }

    public void float32(String name, float[] values, long... shape) throws IOException {
        ByteBuffer b = buffer(4L * values.length);
        for (float v : values) b.putFloat(v);
        entry(name, "<f4", shape(shape, values.length), b.array());
    }

    /** A 1-d array of fixed-width unicode strings (numpy dtype {@code <U n}, UTF-32LE). */
    public void strings(String name, String[] values) throws IOException {
        int width = 1;
        for (String s : values) width = Math.max(width, s.codePointCount(0, s.length()));
        ByteBuffer b = buffer(4L * width * values.length);
        for (String s : values) {
            int[] cps = s.codePoints().toArray();
            for (int i = 0; i < width; i++) b.putInt(i < cps.length ? cps[i] : 0);
        }
        entry(name, "<U" + width, new long[] {values.length}, b.array());
    }

    private static ByteBuffer buffer(long bytes) {
        if (bytes > Integer.MAX_VALUE) throw new IllegalArgumentException("array too large for one .npy entry");
        return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long[] shape(long[] shape, int length) {
        if (shape.length == 0) return new long[] {length};
        long n = 1;
        for (long s : shape) n *= s;
        if (n != length) throw new IllegalArgumentException("shape does not match " + length + " values");
        return shape;
    }

    private void entry(String name, String descr, long[] shape, byte[] data) throws IOException {
        byte[] bytes = Npy.encode(descr, shape, data);
        ZipEntry e = new ZipEntry(name + ".npy");
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
