package org.sparsegnn.engine.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sparsegnn.engine.graph.io.NpzWriter;

/**
 * Exports a {@link MaskHistory} as {@code masks.npz} (numpy reads it unchanged: {@code np.load("masks.npz")}).
 * Layout, for every layer name L (e.g. {@code gcn.layer1.weight}), flat indices row-major into rows × cols:
 * <pre>
 * layers                 &lt;U  (n_layers,)   layer names in order
 * L/shape                int64 (2,)        rows, cols
 * L/initial              int32 (k0,)       active indices of the first mask
 * L/initial_step         int64 (1,)        optimizer step of the first mask (epoch in L/initial_epoch, int32)
 * L/update_step          int64 (U,)        step of each later change
 * L/update_epoch         int32 (U,)        epoch of each change
 * L/update_round         int32 (U,)        method's update round (-1 for a wholesale replacement)
 * L/update_nnz           int64 (U,)        active count after each change
 * L/dropped, L/grown, L/regrown            int32, concatenated index lists of all changes
 * L/dropped_offsets, …_offsets             int64 (U+1,), change u uses [offsets[u], offsets[u+1])
 * L/final                uint8 (rows, cols) mask after the last change
 * L/times_active         int32 (rows, cols) in how many states (initial + each change) the weight was active
 * </pre>
 * Rebuild: {@code m = zeros(rows*cols, bool); m[initial] = True}; for each change u:
 * {@code m[dropped[o[u]:o[u+1]]] = False; m[grown[g[u]:g[u+1]]] = True} (regrown ⊆ dropped ∩ grown stay on).
 */
public final class MaskHistoryNpz {
    private MaskHistoryNpz() {
    }

    /** Writes atomically (temp file + move) so a reader never sees half a file. */
    /** Writes {@code file} in one step ({@link AtomicFiles}): a killed write leaves the previous file or none. */
    public static void write(MaskHistory history, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(history, out));
    }

    public static void write(MaskHistory history, OutputStream out) throws IOException {
        try (NpzWriter npz = new NpzWriter(out)) {
            List<String> layers = history.layers();
            npz.strings("layers", layers.toArray(new String[0]));
            for (String l : layers) writeLayer(npz, history, l);
        }
    }

    private static void writeLayer(NpzWriter npz, MaskHistory h, String l) throws IOException {
        int rows = h.rows(l);
        int cols = h.cols(l);
        int u = h.updateCount(l);
        npz.int64(l + "/shape", new long[] {rows, cols});
        npz.int32(l + "/initial", h.initialActive(l));
        npz.int64(l + "/initial_step", new long[] {h.initialStep(l)});
        npz.int32(l + "/initial_epoch", new int[] {h.initialEpoch(l)});
        long[] step = new long[u];
        int[] epoch = new int[u];
        int[] round = new int[u];
        long[] nnz = new long[u];
        int[][] dropped = new int[u][];
        int[][] grown = new int[u][];
        int[][] regrown = new int[u][];
        for (int i = 0; i < u; i++) {
            MaskHistory.Delta d = h.delta(l, i);
            step[i] = d.step();
            epoch[i] = d.epoch();
            round[i] = d.round();
            nnz[i] = d.nnz();
            dropped[i] = d.dropped();
            grown[i] = d.grown();
            regrown[i] = d.regrown();
        }
        npz.int64(l + "/update_step", step);
        npz.int32(l + "/update_epoch", epoch);
        npz.int32(l + "/update_round", round);
        npz.int64(l + "/update_nnz", nnz);
        ragged(npz, l + "/dropped", dropped);
        ragged(npz, l + "/grown", grown);
        ragged(npz, l + "/regrown", regrown);
        byte[] fin = new byte[rows * cols];
        h.fillMask(l, u, fin);
        npz.uint8(l + "/final", fin, rows, cols);
        npz.int32(l + "/times_active", h.timesActive(l, u), rows, cols);
    }

    private static void ragged(NpzWriter npz, String name, int[][] lists) throws IOException {
        long[] offsets = new long[lists.length + 1];
        for (int i = 0; i < lists.length; i++) offsets[i + 1] = offsets[i] + lists[i].length;
        int[] all = new int[(int) offsets[lists.length]];
        for (int i = 0; i < lists.length; i++) System.arraycopy(lists[i], 0, all, (int) offsets[i], lists[i].length);
        npz.int32(name, all);
        npz.int64(name + "_offsets", offsets);
    }
}
