package org.sparsegnn.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.graph.io.Npy;

class NpzWriterTest {
    @Test
    void npyHeaderIsVersionOneAndAligned() {
        byte[] b = Npy.encode("<i4", new long[] {3}, new byte[12]);
        assertEquals((byte) 0x93, b[0]);
        assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, b[6]);
        int headerLen = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLen) % 64, "data starts on a 64-byte boundary");
        String header = new String(b, 10, headerLen, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }", header.strip());
        assertEquals('\n', header.charAt(header.length() - 1));
    }

    /** numpy (when installed) reads masks.npz unchanged and rebuilds every state from the documented layout. */
    @Test
    void numpyRebuildsTheMaskHistory(@TempDir Path dir) throws Exception {
        MaskHistory h = new MaskHistory();
        MaskHistoryTest.rigl(h, new HashMap<>());
        Path npz = dir.resolve("masks.npz");
        MaskHistoryNpz.write(h, npz);
        String layer = h.layers().get(0);
        int u = h.updateCount(layer);
        int mid = u / 2;
        String script = String.join("\n",
                "import numpy as np, sys",
                "z = np.load(sys.argv[1])",
                "L = sys.argv[2]; mid = int(sys.argv[3])",
                "assert list(z['layers'])[0] == L",
                "r, c = z[L + '/shape']",
                "m = np.zeros(r * c, bool); m[z[L + '/initial']] = True",
                "d, do, g, go = z[L + '/dropped'], z[L + '/dropped_offsets'], z[L + '/grown'], z[L + '/grown_offsets']",
                "states = [m.copy()]",
                "for k in range(len(z[L + '/update_step'])):",
                "    m[d[do[k]:do[k+1]]] = False; m[g[go[k]:go[k+1]]] = True; states.append(m.copy())",
                "assert (states[-1].reshape(r, c) == z[L + '/final'].astype(bool)).all()",
                "assert (np.sum(states, axis=0).reshape(r, c) == z[L + '/times_active']).all()",
                "print(' '.join(str(i) for i in np.flatnonzero(states[mid])))");
        Path py = dir.resolve("check.py");
        Files.writeString(py, script);
        Process p;
        try {
            p = new ProcessBuilder("python3", py.toString(), npz.toString(), layer, Integer.toString(mid))
                    .redirectErrorStream(true).start();
        } catch (IOException noPython) {
            assumeTrue(false, "python3 not installed: " + noPython.getMessage());
            return;
        }
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 timed out");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(!out.contains("No module named 'numpy'"), "numpy not installed");
        assertEquals(0, p.exitValue(), out);
        StringBuilder expected = new StringBuilder();
        var mask = h.maskAt(layer, mid);
        for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) expected.append(expected.length() == 0 ? "" : " ").append(i);
        assertEquals(expected.toString(), out);
    }
}
