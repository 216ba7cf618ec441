package org.sparsegnn.engine.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    private static Parameter param(float[] w, float[] g) {
        Parameter p = new Parameter("p", Floats.matrix(w.clone(), 1, w.length), true);
        p.gradient().assign(Floats.matrix(g, 1, g.length));
        return p;
    }

    @Test
    void plainSgd() {
        Parameter p = param(new float[] {1, -2}, new float[] {0.5f, -1});
        new Sgd(0, false).step(List.of(p), 0.1);
        assertArrayEquals(new float[] {0.95f, -1.9f}, Floats.read(p.value()), 1e-6f);
    }

    @Test
    void sgdMomentumAndNesterov() {
        // two steps with the same gradient g = 1, lr 0.1, mu 0.9: v1 = 1, v2 = 1.9
        Parameter m = param(new float[] {0}, new float[] {1});
        Sgd sgd = new Sgd(0.9, false);
        sgd.step(List.of(m), 0.1);
        sgd.step(List.of(m), 0.1);
        assertEquals(-(0.1 + 0.19), Floats.read(m.value())[0], 1e-6);
        // Nesterov: w -= lr (g + mu v): steps 0.1·1.9 and 0.1·(1 + 0.9·1.9)
        Parameter n = param(new float[] {0}, new float[] {1});
        Sgd nes = new Sgd(0.9, true);
        nes.step(List.of(n), 0.1);
        nes.step(List.of(n), 0.1);
        assertEquals(-(0.19 + 0.1 * (1 + 0.9 * 1.9)), Floats.read(n.value())[0], 1e-6);
        // reset forgets the velocity of the given index only
        nes.resetState(n, new int[] {0});
        float before = Floats.read(n.value())[0];
        nes.step(List.of(n), 0.1);
        assertEquals(before - 0.1 * (1 + 0.9 * 1), Floats.read(n.value())[0], 1e-6);
    }

    @Test
    void adamMatchesTheTensorFlowFormula() {
        Parameter p = param(new float[] {1, 1}, new float[] {0.3f, -2});
        Adam adam = new Adam();
        double m0 = 0, v0 = 0, w = 1, g = 0.3;
        for (int t = 1; t <= 3; t++) {
            adam.step(List.of(p), 0.01);
            m0 = 0.9 * m0 + 0.1 * g;
            v0 = 0.999 * v0 + 0.001 * g * g;
            double lrT = 0.01 * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            w -= lrT * m0 / (Math.sqrt(v0) + 1e-8);
        }
        assertEquals(w, Floats.read(p.value())[0], 1e-6);
        // the first steps of Adam move each weight by about lr regardless of the gradient's scale
        assertEquals(1 + 0.03, Floats.read(p.value())[1], 1e-4);
    }

    @Test
    void adamResetStateRestartsMoments() {
        Parameter a = param(new float[] {0, 0}, new float[] {1, 1});
        Adam adam = new Adam();
        adam.step(List.of(a), 0.1);
        a.gradient().assign(Floats.matrix(new float[] {-1, -1}, 1, 2));
        adam.resetState(a, new int[] {1});
        adam.step(List.of(a), 0.1);
        float[] w = Floats.read(a.value());
        // index 0 still remembers the positive first gradient (moves less), index 1 follows the new one fully
        assertTrue(w[1] > w[0], Arrays.toString(w));
    }

    @Test
    void schedules() {
        assertEquals(0.01, LrSchedule.of("constant", 0.01, 1).lr(50, 100));
        assertEquals(0.01 * Math.pow(0.98, 5), LrSchedule.of("exponential", 0.01, 0.98).lr(5, 100), 1e-12);
        assertEquals(0.01, LrSchedule.of("cosine", 0.01, 1).lr(0, 100), 1e-12);
        assertEquals(0.005, LrSchedule.of("cosine", 0.01, 1).lr(50, 100), 1e-12);
        assertEquals(0.0, LrSchedule.of("cosine", 0.01, 1).lr(100, 100), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> LrSchedule.of("step", 0.01, 1));
        assertThrows(IllegalArgumentException.class, () -> Optimizers.create("rmsprop", 0, false));
    }
}
