package org.sparsegnn.engine.sparsity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;

/**
 * What every method shares: reading its methodParams (with defaults and validation), changing masks so that the
 * change is reported as an event and masked weights are zero, and the exploration rate (the share of weights that
 * were ever active). Subclasses implement the hooks named {@code start} and {@code afterStep}; the template hooks
 * here call them. Training FLOPs are the trainer's to count.
 */
public abstract class AbstractSparsityMethod implements SparsityMethod {
    private MethodSpec config;
    private final Map<String, BitSet> everActive = new LinkedHashMap<>();
    private int updateRounds;

    @Override
    public void configure(MethodSpec config) {
        this.config = config;
        Set<String> known = new LinkedHashSet<>();
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
        start(ctx);
    }

    protected void start(TrainingContext ctx) {
    }

    @Override
    public final void afterOptimizerStep(TrainingContext ctx) {
        afterStep(ctx);
    }

    protected void afterStep(TrainingContext ctx) {
    }

    @Override
    public Map<String, Double> finalMetrics(TrainingContext ctx) {
        return everActive.isEmpty() ? Map.of() : Map.of("exploration_rate", explorationRate(ctx));
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
        if (p.mask() == null && ctx.step() > 0) {
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
