package org.sparsegnn.engine.sparsity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.FlopsKind;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.testing.SyntheticGraphs;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;
import org.sparsegnn.engine.train.TrainingConfig;

/** The invariants again, through the real Trainer and GCN (planted-partition graph). */
class RealTrainerInvariantsTest {
    private static List<TrainingEvent> run(String method, long seed, SparsityMethod[] holder) {
        Graph g = SyntheticGraphs.planted(150, 3, 30, 4);
        TrainingConfig c = TrainingConfig.gcnDefaults().withEpochs(40).withSeed(seed).withMethod(method, 0.8);
        if (!method.equals("snip") && !method.equals("slr")) c = c.withMethodParam("delta_t", 4);
        if (method.equals("slr")) c = c.withMethodParam("reweight_epochs", 10).withMethodParam("retrain_epochs", 10);
        List<TrainingEvent> events = new ArrayList<>();
        SparsityMethod m = SparsityMethods.create(c.methodSpec());
        holder[0] = m;
        TrainingEvent end = new Trainer(c, Tasks.create(g, c), m).weightSnapshots(false).addListener(events::add).run();
        assertInstanceOf(RunFinished.class, end, end.toString());
        return events;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rigl", "itop", "set", "dst-ee", "slr", "snip"})
    void invariantsHoldAndSeedsReproduce(String method) {
        SparsityMethod[] holder = new SparsityMethod[1];
        List<TrainingEvent> a = run(method, 3, holder);
        Map<String, Long> nnz = new HashMap<>();
        int updates = 0;
        for (TrainingEvent e : a) {
            if (e instanceof MaskInitialized m) nnz.put(m.layer(), m.nnz());
            if (e instanceof MaskUpdated u) {
                updates++;
                assertEquals(u.dropped().length, u.grown().length, "dropped = grown");
                assertEquals(nnz.get(u.layer()), u.nnz(), "nnz constant in " + u.layer());
            }
        }
        if (!method.equals("snip") && !method.equals("slr")) assertTrue(updates > 0);
        RunFinished fin = (RunFinished) a.get(a.size() - 1);
        assertEquals(0.8, fin.metrics().get("sparsity"), 0.002, "final sparsity");
        assertTrue(fin.metrics().containsKey("flops_ratio_paper"));
        for (TrainingEvent e : a) {
            if (e instanceof EpochCompleted ec && !ec.phase().equals("dense") && !ec.phase().equals("reweight")) {
                double total = ec.layerSparsity().values().stream().mapToDouble(Double::doubleValue).sum();
                assertTrue(total > 0, "masks in place at epoch " + ec.epoch());
            }
        }
        // one meter: the last FLOPs report, the last epoch and the final metrics agree
        List<FlopsReported> reports = a.stream().filter(e -> e instanceof FlopsReported).map(e -> (FlopsReported) e).toList();
        FlopsReported last = reports.get(reports.size() - 1);
        EpochCompleted lastEpoch = a.stream().filter(e -> e instanceof EpochCompleted).map(e -> (EpochCompleted) e)
                .reduce((x, y) -> y).orElseThrow();
        assertEquals(lastEpoch.epoch(), last.epoch());
        assertEquals(fin.metrics().get("training_flops"), last.total(), 1e-9 * last.total());
        assertEquals(fin.metrics().get("training_flops"), lastEpoch.cumulativeTrainingFlops(), 1e-9 * last.total());
        assertEquals(fin.metrics().get("training_flops_paper"), last.paper(), 1e-9 * last.paper());
        boolean grows = last.counted().stream().anyMatch(c -> c.kind() == FlopsKind.GROWTH_GRADIENT && c.flops() > 0);
        assertEquals(List.of("rigl", "itop", "dst-ee").contains(method), grows, method + " computes dense gradients to grow");
        if (method.equals("snip")) assertTrue(last.counted().stream().anyMatch(c -> c.phase().equals("init")), "SNIP's saliency pass");
        List<TrainingEvent> b = run(method, 3, holder);
        assertEquals(describe(a), describe(b), "same seed → same run");
    }

    private static List<String> describe(List<TrainingEvent> events) {
        List<String> out = new ArrayList<>();
        for (TrainingEvent e : events) {
            if (e instanceof MaskUpdated u) out.add(u.layer() + u.step() + Arrays.toString(u.dropped()) + Arrays.toString(u.grown()));
            if (e instanceof MaskInitialized m) out.add(m.layer() + m.step() + Arrays.toString(m.active()));
            if (e instanceof EpochCompleted ec) out.add(ec.epoch() + ":" + ec.loss() + ":" + ec.testAccuracy());
        }
        return out;
    }
}
