package org.sparsegnn.engine.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.sparsity.FakeTrainer;

class MaskHistoryTest {
    /** A RigL run with many updates (ΔT = 1) whose live masks are copied after every step. */
    static FakeTrainer rigl(MaskHistory history, Map<String, List<BitSet>> live) {
        FakeTrainer t = new FakeTrainer(FakeTrainer.config("rigl", 0.7, "uniform", 50, 9,
                Map.of("delta_t", 1.0, "t_end", 1.0)), 1, new int[][] {{40, 12}, {12, 5}});
        int[] seen = {0};
        t.afterEachStep = tr -> {
            // feed new events and record the live mask after every update
            for (; seen[0] < tr.events.size(); seen[0]++) {
                TrainingEvent e = tr.events.get(seen[0]);
                history.accept(e);
                if (e instanceof MaskUpdated u) {
                    Parameter p = tr.prunable.stream().filter(x -> x.name().equals(u.layer())).findFirst().orElseThrow();
                    live.computeIfAbsent(u.layer(), k -> new ArrayList<>()).add(bits(p.mask().activeIndices()));
                }
            }
        };
        t.run();
        return t;
    }

    @Test
    void rebuildsTheLiveMaskAtEveryUpdate() {
        MaskHistory h = new MaskHistory();
        Map<String, List<BitSet>> live = new HashMap<>();
        rigl(h, live);
        for (String layer : h.layers()) {
            List<BitSet> masks = live.get(layer);
            assertEquals(masks.size(), h.updateCount(layer));
            assertTrue(masks.size() > 40, "many updates");
            // scrub backwards too, so checkpoints and replay are both exercised
            for (int s = masks.size(); s >= 1; s--) assertEquals(masks.get(s - 1), h.maskAt(layer, s), layer + " state " + s);
        }
    }

    @Test
    void timesActiveAndDeltaSetsMatchBruteForce() {
        MaskHistory h = new MaskHistory();
        rigl(h, new HashMap<>());
        String layer = h.layers().get(0);
        int n = h.rows(layer) * h.cols(layer);
        int upto = h.updateCount(layer) - 3;
        int[] brute = new int[n];
        List<int[]> bruteAt = new ArrayList<>();
        for (int s = 0; s <= upto; s++) {
            BitSet m = h.maskAt(layer, s);
            for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) brute[i]++;
            bruteAt.add(brute.clone());
            assertArrayEquals(brute, h.timesActive(layer, s), "forward, state " + s); // cached path
        }
        for (int s = upto; s >= 0; s -= 7) assertArrayEquals(bruteAt.get(s), h.timesActive(layer, s), "backward, state " + s);
        assertArrayEquals(brute, h.timesActive(layer, upto));
        BitSet before = h.maskAt(layer, upto - 1);
        BitSet after = h.maskAt(layer, upto);
        for (int i : h.justDropped(layer, upto)) assertTrue(before.get(i) && !after.get(i));
        for (int i : h.justGrown(layer, upto)) assertTrue(!before.get(i) && after.get(i));
        for (int i : h.regrown(layer, upto)) assertTrue(before.get(i) && after.get(i));
        long ever = 0;
        for (int c : h.timesActive(layer, upto)) if (c > 0) ever++;
        assertEquals(ever, h.everActive(layer, upto).cardinality());
    }

    @Test
    void experimentRoundTripsThroughFiles(@TempDir Path dir) throws Exception {
        FakeTrainer t = rigl(new MaskHistory(), new HashMap<>());
        RunRecorder rec = new RunRecorder(dir, t.config, false);
        t.events.forEach(rec::onEvent);
        rec.onEvent(new RunFinished(t.events.get(0).runId(), 1, Map.of(), 1.0, false)); // a complete recording
        rec.close();
        Experiment back = Experiment.load(dir);
        assertEquals(t.config, back.config());
        assertEquals(t.events.size() + 1, back.events().size());
        MaskHistory a = rec.history();
        MaskHistory b = back.maskHistory();
        for (String layer : a.layers()) {
            int u = a.updateCount(layer);
            assertEquals(u, b.updateCount(layer));
            assertEquals(a.maskAt(layer, u), b.maskAt(layer, u));
            assertArrayEquals(a.delta(layer, u / 2).grown(), b.delta(layer, u / 2).grown());
        }
        assertEquals(a.explorationRate(), b.explorationRate());
    }

    static BitSet bits(int[] idx) {
        BitSet b = new BitSet();
        for (int i : idx) b.set(i);
        return b;
    }
}
