package org.sparsegnn.app.flops;

import java.util.List;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;

/**
 * The measured dense run a run's times are compared with: the same data, task, model and batches trained with
 * method dense on this machine in this session (or reopened from disk). The engine measures time rather than
 * estimating it, so without such a run there is no time ratio, only times. The pinned baseline wins when it
 * qualifies; otherwise the most recent one.
 */
final class TimeYardstick {
    /** Settings that fix how much work an epoch is (with the layers' shapes). */
    private static final List<String> SAME = List.of("dataset", "task", "model", "hidden", "batch_size",
            "embedding_dim", "edge_feature", "embedding_density", "nodes");

    private TimeYardstick() {
    }

    /** The yardstick for {@code run}, or null when the session has no comparable dense run with an epoch. */
    static RunRecord find(RunRecord run, RunStore store) {
        if (run == null) return null;
        RunRecord pinned = store.baseline() == null ? null : store.get(store.baseline());
        if (qualifies(pinned, run)) return pinned;
        RunRecord latest = null;
        for (RunRecord r : store.all()) if (qualifies(r, run)) latest = r;
        return latest;
    }

    static boolean qualifies(RunRecord candidate, RunRecord run) {
        if (candidate == null || candidate == run || candidate.epochs().isEmpty()) return false;
        if (!"dense".equals(candidate.setting("method"))) return false;
        for (String key : SAME) if (!candidate.setting(key).equals(run.setting(key))) return false;
        return candidate.start().layers().equals(run.start().layers())
                && candidate.start().stepsPerEpoch() == run.start().stepsPerEpoch();
    }
}
