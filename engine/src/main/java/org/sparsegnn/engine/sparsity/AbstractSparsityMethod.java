package org.sparsegnn.engine.sparsity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.flops.FlopsBreakdown;
import org.sparsegnn.engine.flops.TrainingFlopsMeter;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;

/**
 * What every method shares: reading its methodParams (with defaults and validation), changing masks so that the
 * change is reported as an event and masked weights are zero, counting training FLOPs step by step, and the final
 * metrics (sparsity, FLOPs ratios, exploration rate). Subclasses implement the hooks named {@code start},
 * {@code afterStep} and {@code extraEpochMetrics}; the template hooks here call them.
 */
public abstract class AbstractSparsityMethod implements SparsityMethod {
    private MethodSpec config;
    private volatile TrainingFlopsMeter meter;
    private final Map<String, BitSet> everActive = new LinkedHashMap<>();
    private int updateRounds;

    @Override
    public void configure(MethodSpec config) {
        this.config = config;
        java.util.Set<String> known = new java.util.LinkedHashSet<>();
        for (MethodParam p : params()) {
            known.add(p.key());
            Double v = config.methodParams().get(p.key());
            if (v != null && p.problem(v) != null) {
                throw new IllegalArgumentException("method " + id() + ": " + p.problem(v));
            }
        }
        for (String key : config.methodParams().keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("method " + id() + " has no parameter '" + key + "'; known: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
        configured(config);
    }

    /** Hook after {@link #configure}: read parameters that shape the schedule (e.g. phase lengths). */
    protected void configured(MethodSpec config) {
    }

    protected MethodSpec config() {
        return config;
    }

    /** The configured value of a methodParams key, or its documented default. */
    protected double param(String key) {
        for (MethodParam p : params()) {
            if (p.key().equals(key)) return config == null ? p.defaultValue() : config.param(key, p.defaultValue());
        }
        throw new IllegalArgumentException(id() + " has no parameter '" + key + "'");
    }

    @Override
    public final void onStart(TrainingContext ctx) {
        if (config == null) configure(ctx.spec());
        meter = new TrainingFlopsMeter(ctx.model().workloads(), ctx.stepsPerEpoch());
        start(ctx);
    }

    protected void start(TrainingContext ctx) {
    }

    @Override
    public final void afterOptimizerStep(TrainingContext ctx) {
        meter.countStep(ctx.phase(), masks(ctx));
        afterStep(ctx);
    }

    protected void afterStep(TrainingContext ctx) {
    }

    protected TrainingFlopsMeter flops() {
        return meter;
    }

    @Override
    public FlopsBreakdown flopsBreakdown() {
        TrainingFlopsMeter m = meter;
        return m == null ? new FlopsBreakdown() : m.breakdown();
    }

    @Override
    public final Map<String, Double> epochMetrics(TrainingContext ctx) {
        Map<String, Double> m = new LinkedHashMap<>(extraEpochMetrics(ctx));
        if (meter != null) m.put("training_flops_paper", meter.paper());
        return m;
    }

    protected Map<String, Double> extraEpochMetrics(TrainingContext ctx) {
        return Map.of();
    }

    @Override
    public Map<String, Double> finalMetrics(TrainingContext ctx) {
        Map<String, Double> m = new LinkedHashMap<>();
        long zeros = 0;
        long total = 0;
        for (Parameter p : ctx.prunableParameters()) {
            Mask mask = p.mask();
            double layerSparsity = mask == null ? 0.0 : mask.sparsity();
            m.put("layer_sparsity." + p.name(), layerSparsity);
            zeros += mask == null ? 0 : mask.size() - mask.nnz();
            total += p.size();
        }
        m.put("sparsity", total == 0 ? 0.0 : (double) zeros / total);
        if (meter != null) {
            long steps = Math.max(meter.steps(), 1);
            double dense = meter.denseCounted(steps);
            m.put("training_flops", meter.counted());
            m.put("dense_training_flops", dense);
            m.put("flops_ratio", meter.counted() / dense);
            m.put("flops_ratio_paper", meter.paper() / meter.densePaper(steps));
            m.put("training_flops_paper", meter.paper());
            // the breakdown's margins, so a saved run (RunFinished) can draw the FLOPs view without the method
            FlopsBreakdown b = meter.breakdown();
            b.byLayer().forEach((k, v) -> m.put("flops_by_layer." + k, v));
            b.byPhase().forEach((k, v) -> m.put("flops_by_phase." + k, v));
            b.byKind().forEach((k, v) -> m.put("flops_by_kind." + k.name().toLowerCase(), v));
            b.byOp().forEach((k, v) -> m.put("flops_by_op." + k.name().toLowerCase(), v));
        }
        if (!everActive.isEmpty()) m.put("exploration_rate", explorationRate(ctx));
        return m;
    }

    /** Fraction of prunable weights that were active at some point of the run (ITOP's exploration rate). */
    protected double explorationRate(TrainingContext ctx) {
        long ever = 0;
        long total = 0;
        for (Parameter p : ctx.prunableParameters()) {
            BitSet b = everActive.get(p.name());
            ever += b == null ? p.size() : b.cardinality();
            total += p.size();
        }
        return total == 0 ? 1.0 : (double) ever / total;
    }

    // ---- masks ----------------------------------------------------------------------------------------------

    /** Current masks of the prunable parameters (absent = dense). */
    protected static Map<String, Mask> masks(TrainingContext ctx) {
        Map<String, Mask> m = new LinkedHashMap<>();
        for (Parameter p : ctx.prunableParameters()) if (p.mask() != null) m.put(p.name(), p.mask());
        return m;
    }

    protected static List<int[]> shapes(List<Parameter> params) {
        List<int[]> s = new ArrayList<>();
        for (Parameter p : params) s.add(new int[] {p.rows(), p.cols()});
        return s;
    }

    /** Active counts per prunable layer for the configured sparsity and distribution. */
    protected int[] targetCounts(TrainingContext ctx) {
        return config.distribution().activeCounts(shapes(ctx.prunableParameters()), config.sparsity());
    }

    /** Installs a whole new mask (start of training, one-shot prune), zeroes masked weights, emits MaskInitialized. */
    protected void installMask(TrainingContext ctx, Parameter p, Mask mask) {
        if (p.mask() == null && meter != null && meter.steps() > 0) {
            // the layer was trained dense before this mask: every weight has been active
            everActive.computeIfAbsent(p.name(), k -> new BitSet()).set(0, (int) p.size());
        }
        p.setMask(mask);
        Tensors.applyMask(p.value(), mask);
        everActive.computeIfAbsent(p.name(), k -> new BitSet()).or(bits(mask));
        ctx.publish(new MaskInitialized(ctx.runId(), p.name(), ctx.step(), ctx.epoch(), p.rows(), p.cols(),
                mask.activeIndices()));
    }

    /** Number of the next mask-update round (shared by all layers updated at the same step). */
    protected int nextUpdateRound() {
        return updateRounds++;
    }

    /**
     * Drops and grows weights of one layer: dropped weights leave the mask, grown weights join it with value 0
     * and fresh optimizer state; weights in both (regrown) stay active but are reset the same way. Emits
     * MaskUpdated.
     */
    protected void updateMask(TrainingContext ctx, Parameter p, int[] dropped, int[] grown, String reason, int round) {
        Mask mask = p.mask();
        BitSet droppedSet = new BitSet();
        for (int i : dropped) droppedSet.set(i);
        List<Integer> regrown = new ArrayList<>();
        for (int i : grown) if (droppedSet.get(i)) regrown.add(i);
        for (int i : dropped) mask.set(i, false);
        for (int i : grown) mask.set(i, true);
        float[] w = Tensors.read(p.value());
        for (int i : dropped) w[i] = 0f;
        for (int i : grown) w[i] = 0f;
        Tensors.write(p.value(), w);
        if (grown.length > 0) ctx.optimizer().resetState(p, grown);
        BitSet ever = everActive.computeIfAbsent(p.name(), k -> new BitSet());
        for (int i : grown) ever.set(i);
        ctx.publish(new MaskUpdated(ctx.runId(), p.name(), ctx.step(), ctx.epoch(), round, reason, dropped, grown,
                regrown.stream().mapToInt(Integer::intValue).toArray(), mask.nnz()));
    }

    private static BitSet bits(Mask m) {
        BitSet b = new BitSet(m.size());
        for (int i : m.activeIndices()) b.set(i);
        return b;
    }

    /** One-shot magnitude prune: each prunable layer keeps its largest |W| (target counts); emits MaskInitialized. */
    protected void hardPrune(TrainingContext ctx) {
        List<Parameter> params = ctx.prunableParameters();
        int[] counts = targetCounts(ctx);
        for (int l = 0; l < params.size(); l++) {
            Parameter p = params.get(l);
            installMask(ctx, p, topMask(p, Tensors.abs(Tensors.read(p.value())), counts[l]));
        }
    }

    /** A mask keeping exactly the {@code k} largest scores. */
    protected static Mask topMask(Parameter p, float[] scores, int k) {
        return Mask.ofActive(p.rows(), p.cols(), TopK.largest(scores, k));
    }
}
