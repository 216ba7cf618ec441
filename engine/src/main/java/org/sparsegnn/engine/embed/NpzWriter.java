package org.sparsegnn.engine.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sparsegnn.engine.graph.DenseMatrix;

/**
 * Writes float32 matrices as a NumPy .npz: an uncompressed (STORED) zip of .npy entries, which both
 * {@code numpy.load} and ND4J's npz reader accept.
 */
public final class NpzWriter {
    private NpzWriter() {
    }

    public static void write(Path file, Map<String, DenseMatrix> arrays) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (var e : new LinkedHashMap<>(arrays).entrySet()) {
                byte[] npy = Npy.encode(e.getValue());
                CRC32 crc = new CRC32();
                crc.update(npy);
                ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(npy.length);
                entry.setCompressedSize(npy.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(npy);
                zip.closeEntry();
            }
        }
    }
}
