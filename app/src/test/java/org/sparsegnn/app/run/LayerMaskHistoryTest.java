package org.sparsegnn.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;

class LayerMaskHistoryTest {
    @Test
    void rebuildsEveryFrameAcrossCheckpoints() {
        int rows = 20, cols = 10, size = rows * cols;
        Random rnd = new Random(3);
        LayerMaskHistory h = new LayerMaskHistory("w", rows, cols);
        BitSet truth = new BitSet(size);
        for (int i = 0; i < size; i += 3) truth.set(i);
        h.add(new MaskInitialized("r", "w", 0, 0, rows, cols, truth.stream().toArray()));
        List<BitSet> expected = new ArrayList<>();
        expected.add((BitSet) truth.clone());
        BitSet ever = (BitSet) truth.clone();
        for (int u = 1; u <= 40; u++) {
            TreeSet<Integer> drop = new TreeSet<>(), grow = new TreeSet<>();
            for (int k = 0; k < 5; k++) {
                drop.add(truth.nextSetBit(rnd.nextInt(size / 2)));
                grow.add(truth.nextClearBit(rnd.nextInt(size / 2)));
            }
            drop.remove(-1);
            for (int d : drop) truth.clear(d);
            for (int g : grow) truth.set(g);
            ever.or(truth);
            h.add(new MaskUpdated("r", "w", u, u, u, "rigl", drop.stream().mapToInt(i -> i).toArray(),
                    grow.stream().mapToInt(i -> i).toArray(), new int[0], truth.cardinality()));
            expected.add((BitSet) truth.clone());
        }
        for (int f = 0; f < expected.size(); f++) assertEquals(expected.get(f), h.stateAt(f), "frame " + f);
        assertEquals(expected.get(expected.size() - 1), h.current());
        assertEquals((double) ever.cardinality() / size, h.explorationRate(h.frameCount() - 1), 1e-12);
        int idx = 7, count = 0;
        for (BitSet b : expected) if (b.get(idx)) count++;
        assertEquals(count, h.timesActive(idx, expected.size() - 1));
    }
}
