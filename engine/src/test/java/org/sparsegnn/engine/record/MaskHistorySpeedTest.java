package org.sparsegnn.engine.record;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.nn.Mask;
import org.sparsegnn.engine.sparsity.RandomMasks;

/** Scrubbing a 1433×256 layer through 200 updates must stay far below a frame budget. */
@Tag("slow")
class MaskHistorySpeedTest {
    @Test
    void scrubbingALargeLayerIsFast() {
        int rows = 1433;
        int cols = 256;
        Random r = new Random(1);
        Mask m = RandomMasks.exact(rows, cols, rows * cols / 10, r);
        MaskHistory h = new MaskHistory();
        h.accept(new MaskInitialized("x", "w", 0, 1, rows, cols, m.activeIndices()));
        int updates = 200;
        for (int u = 0; u < updates; u++) {
            int[] dropped = RandomMasks.choose(m.activeIndices(), 3000, r);
            for (int i : dropped) m.set(i, false);
            int[] grown = RandomMasks.choose(m.inactiveIndices(), 3000, r);
            for (int i : grown) m.set(i, true);
            h.accept(new MaskUpdated("x", "w", u, u, u, "t", dropped, grown, new int[0], m.nnz()));
        }
        byte[] frame = new byte[rows * cols];
        for (int s = 0; s <= updates; s += 10) { // warm-up
            h.fillMask("w", s, frame);
            h.timesActive("w", s);
        }
        long t0 = System.nanoTime();
        int frames = 0;
        for (int s = updates; s >= 0; s--, frames++) {
            h.fillMask("w", s, frame);
            h.timesActive("w", s);
            h.justDropped("w", Math.max(1, s));
        }
        double msPerFrame = (System.nanoTime() - t0) / 1e6 / frames;
        long t1 = System.nanoTime();
        for (int s = 0; s <= updates; s++) { // playback: forward, times active cached
            h.fillMask("w", s, frame);
            h.timesActive("w", s);
        }
        double msForward = (System.nanoTime() - t1) / 1e6 / (updates + 1);
        System.out.printf("MaskHistory 1433x256, %d updates: %.2f ms per frame scrubbing backwards, %.2f ms playing forward%n",
                updates, msPerFrame, msForward);
        assertTrue(msPerFrame < 100, msPerFrame + " ms per frame");
        assertTrue(msForward < 100, msForward + " ms per frame");
    }
}
