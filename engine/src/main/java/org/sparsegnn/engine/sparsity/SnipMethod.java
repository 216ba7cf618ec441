package org.sparsegnn.engine.sparsity;

import java.util.ArrayList;
import java.util.List;
import org.sparsegnn.engine.nn.Parameter;

/**
 * SNIP (Lee et al. 2019): one gradient at initialisation, connection sensitivity |g·w|, keep the top weights and
 * train with that static mask. By default the top-k is global over the prunable layers (as in SNIP); with
 * {@code global = 0} each layer keeps its count from the configured distribution.
 * <p>methodParams: global (1).
 */
public final class SnipMethod extends AbstractSparsityMethod {
    @Override
    public String id() {
        return "snip";
    }

    @Override
    public String description() {
        return "SNIP: static mask from |gradient · weight| at initialisation";
    }

    @Override
    public List<MethodParam> params() {
        return List.of(MethodParam.whole("global", 1, 0, 1, "1 = one global top-k over all prunable layers, 0 = per layer"));
    }

    @Override
    public String initialPhase() {
        return "sparse";
    }

    @Override
    protected void start(TrainingContext ctx) {
        ctx.computeGradients();
        List<Parameter> params = ctx.prunableParameters();
        List<float[]> scores = new ArrayList<>();
        for (Parameter p : params) {
            float[] w = Tensors.read(p.value());
            float[] g = Tensors.read(p.gradient());
            float[] s = new float[w.length];
            for (int i = 0; i < s.length; i++) s[i] = Math.abs(w[i] * g[i]);
            scores.add(s);
        }
        int[] counts = param("global") >= 1 ? globalCounts(scores, targetTotal(ctx)) : targetCounts(ctx);
        for (int l = 0; l < params.size(); l++) installMask(ctx, params.get(l), topMask(params.get(l), scores.get(l), counts[l]));
    }

    private int targetTotal(TrainingContext ctx) {
        int total = 0;
        for (int c : targetCounts(ctx)) total += c;
        return total;
    }

    /** How many of each layer's weights fall in the global top-{@code k} (ties broken by layer order, then index). */
    static int[] globalCounts(List<float[]> scores, int k) {
        int n = 0;
        for (float[] s : scores) n += s.length;
        float[] all = new float[n];
        int[] layerOf = new int[n];
        int off = 0;
        for (int l = 0; l < scores.size(); l++) {
            System.arraycopy(scores.get(l), 0, all, off, scores.get(l).length);
            for (int i = 0; i < scores.get(l).length; i++) layerOf[off + i] = l;
            off += scores.get(l).length;
        }
        int[] counts = new int[scores.size()];
        for (int i : TopK.largest(all, k)) counts[layerOf[i]]++;
        return counts;
    }
}
