package org.sparsegnn.engine.train;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.sparsity.MethodParam;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.sparsity.SparsityMethods;

/**
 * {@code --preset paper}: the paper's per-task settings (§IV-C and the authors' code), keyed on the config's
 * method, model and task. Applied to the defaults before explicit options, so anything the user sets wins.
 * <ul>
 *   <li>SLR / ADMM, GCN: 200 dense / 50 re-weight / 50 retrain epochs, s0 = 0.001, ρ = 0.01, only the first GCN
 *       layer pruned, Adam 0.01;</li>
 *   <li>SLR / ADMM, FNN link prediction: 20 / 10 / 10, s0 = ρ = 0.01, SGD lr 0.05 × 0.98 per epoch, batch 1024;</li>
 *   <li>SLR / ADMM, FNN node classification: 20 / 10 / 10, s0 = ρ = 0.02, SGD lr 0.005 × 0.98, batch 1024;</li>
 *   <li>sparse training (set, rigl, itop, dst-ee), GCN: ERK at sparsity 0.9, ΔT = 50 steps, death rate 0.5,
 *       300 epochs, Adam 0.01 (ITOP's GCN setting);</li>
 *   <li>sparse training, FNN: 40 epochs, SGD lr 0.1 with cosine annealing, batch 128 (link) / 512 (node),
 *       ΔT = 1000 steps, death rate 0.5;</li>
 *   <li>FNN node classification (every method, dense too): dropout 0.1 after every layer, as the authors'
 *       node FNN.</li>
 * </ul>
 * {@link #adapt} fits these settings to a graph smaller than the paper's.
 * SLR's M = 200 and r = 0.1 are its defaults.
 */
public final class PaperPreset {
    private static final Set<String> PENALTY = Set.of("slr", "admm");
    private static final Set<String> DROP_GROW = Set.of("set", "rigl", "itop", "dst-ee");
    static final double NODE_FNN_DROPOUT = 0.1;
    /** The largest rate the adapted preset gives Adam (Adam's usual rate and the engine's default). */
    static final double MAX_ADAM_LR = 0.01;

    private PaperPreset() {
    }

    public static TrainingConfig apply(TrainingConfig c) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(c);
        boolean gcn = c.model() == ModelKind.GCN;
        boolean link = c.task() == TaskKind.LINK;
        if (PENALTY.contains(c.method())) {
            if (gcn) {
                phases(b, 200, 50, 50);
                b.methodParams.put("s0", 0.001);
                b.methodParams.put("rho", 0.01);
                b.prunableLayers = "first";
                b.optimizer = "adam";
                b.lr = 0.01;
            } else {
                phases(b, 20, 10, 10);
                double s = link ? 0.01 : 0.02;
                b.methodParams.put("s0", s);
                b.methodParams.put("rho", s);
                b.optimizer = "sgd";
                b.lr = link ? 0.05 : 0.005;
                b.lrSchedule = "exponential";
                b.lrGamma = 0.98;
                b.batchSize = 1024;
            }
        } else if (DROP_GROW.contains(c.method())) {
            b.methodParams.put("drop_fraction", 0.5);
            if (gcn) {
                b.distribution = SparsityDistribution.ERK;
                b.sparsity = 0.9;
                b.epochs = 300;
                b.optimizer = "adam";
                b.lr = 0.01;
                b.methodParams.put("delta_t", 50.0);
            } else {
                b.epochs = 40;
                b.optimizer = "sgd";
                b.lr = 0.1;
                b.lrSchedule = "cosine";
                b.batchSize = link ? 128 : 512;
                b.methodParams.put("delta_t", 1000.0);
            }
        }
        // the authors' node-classification FNN drops 10 % after every layer (SLR_Node_Class, GNN_Sparse_Training_Node),
        // whatever trains it; the dense model too (email-Eu-core, 5 seeds: 0.733 with 0.1, 0.713 with the engine's 0.5)
        if (!gcn && !link) b.dropout = NODE_FNN_DROPOUT;
        b.methodParams.keySet().retainAll(known(c.method()));
        return b.build();
    }

    /** The literal preset's settings adapted to a graph, and every change with its reason. */
    public record Adapted(TrainingConfig config, List<PresetAdaptation> adaptations) {
        public Adapted {
            adaptations = List.copyOf(adaptations);
        }
    }

    /** Fewest optimizer steps per epoch the adapted preset leaves an FNN (the batch shrinks to reach it). */
    static final int MIN_STEPS_PER_EPOCH = 10;
    /** The batch never shrinks below this. */
    static final int MIN_BATCH = 16;
    /** Fewest mask updates a drop-and-grow run gets before its mask freezes (ΔT shrinks to reach it). */
    static final int MIN_MASK_UPDATES = 10;

    /**
     * {@code literal} (this preset applied as the paper states it) adapted to a graph whose epoch has
     * {@code trainingExamples} training examples. The paper's FNN settings were made for graphs with thousands to
     * millions of training examples (ia-email: about 1.4 million training pairs, 1,345 steps per epoch at batch
     * 1024); on a small graph they give an FNN almost no optimizer steps. Three rules, each applied only when
     * needed and never for a setting given explicitly:
     * <ol>
     *   <li>node classification trained by plain SGD (SLR at lr 0.005, sparse training at 0.1 with a cosine) uses
     *       Adam, as the authors' node code does ({@code SLR_Node_Class/main_dense.py},
     *       {@code GNN_Sparse_Training_Node/main.py}), at the paper's rate but at most {@value #MAX_ADAM_LR}; on
     *       small graphs plain SGD leaves the FNN far below dense;</li>
     *   <li>an epoch gets at least {@value #MIN_STEPS_PER_EPOCH} optimizer steps: the batch shrinks to
     *       ⌊examples / {@value #MIN_STEPS_PER_EPOCH}⌋ (not below {@value #MIN_BATCH});</li>
     *   <li>drop-and-grow runs get at least {@value #MIN_MASK_UPDATES} mask updates: ΔT = 1000 steps shrinks to
     *       ⌊steps before the mask freezes / {@value #MIN_MASK_UPDATES}⌋.</li>
     * </ol>
     * Epochs, learning rates, schedules and method constants stay the paper's. GCNs train full batch and are
     * never adapted.
     */
    public static Adapted adapt(TrainingConfig literal, int trainingExamples) {
        return adapt(literal, trainingExamples, Set.of());
    }

    /**
     * As {@link #adapt(TrainingConfig, int)}, leaving alone the settings in {@code given} ("optimizer",
     * "batch_size", "delta_t"): values the user chose explicitly are never adapted.
     */
    public static Adapted adapt(TrainingConfig literal, int trainingExamples, Set<String> given) {
        if (literal.model() != ModelKind.FNN || literal.batchSize() <= 0 || trainingExamples < 1) {
            return new Adapted(literal, List.of());
        }
        TrainingConfigBuilder b = TrainingConfigBuilder.from(literal);
        List<PresetAdaptation> changes = new java.util.ArrayList<>();
        boolean node = literal.task() != TaskKind.LINK;
        if (node && "sgd".equals(literal.optimizer()) && !given.contains("optimizer")) {
            b.optimizer = "adam";
            changes.add(new PresetAdaptation("optimizer", "sgd", "adam", "plain SGD at lr " + fmt(literal.lr())
                    + " leaves a small graph's FNN far below dense in the paper's epochs; the authors' "
                    + "node-classification code (SLR_Node_Class, GNN_Sparse_Training_Node) trains with Adam"));
            if (literal.lr() > MAX_ADAM_LR && !given.contains("lr")) {
                b.lr = MAX_ADAM_LR;
                changes.add(new PresetAdaptation("lr", fmt(literal.lr()), fmt(MAX_ADAM_LR), "Adam at SGD's rate of "
                        + fmt(literal.lr()) + " overshoots; " + fmt(MAX_ADAM_LR) + " is Adam's usual rate (the engine's "
                        + "default); the cosine schedule stays"));
            }
        }
        int steps = stepsPerEpoch(trainingExamples, literal.batchSize());
        if (steps < MIN_STEPS_PER_EPOCH && !given.contains("batch_size")) {
            b.batchSize = Math.max(MIN_BATCH, trainingExamples / MIN_STEPS_PER_EPOCH);
            changes.add(new PresetAdaptation("batch_size", Integer.toString(literal.batchSize()),
                    Integer.toString(b.batchSize), String.format(java.util.Locale.ROOT,
                            "%d training examples make %d optimizer step(s) per epoch at the paper's batch; %d make %d",
                            trainingExamples, steps, b.batchSize, stepsPerEpoch(trainingExamples, b.batchSize))));
        }
        Double deltaT = literal.methodParams().get("delta_t");
        if (deltaT != null && DROP_GROW.contains(literal.method()) && !given.contains("delta_t")) {
            long total = (long) literal.epochs() * stepsPerEpoch(trainingExamples, b.batchSize);
            double tEnd = literal.methodParams().getOrDefault("t_end", defaultOf(literal.method(), "t_end"));
            long updating = (long) Math.floor(total * tEnd);
            if (updating / deltaT < MIN_MASK_UPDATES) {
                double adapted = Math.max(1, updating / MIN_MASK_UPDATES);
                b.methodParams.put("delta_t", adapted);
                changes.add(new PresetAdaptation("delta_t", fmt(deltaT), fmt(adapted), String.format(java.util.Locale.ROOT,
                        "the run has %d optimizer steps before its mask freezes, so ΔT = %s would update the mask %d "
                                + "time(s); ΔT = %s updates it %d times", updating, fmt(deltaT),
                        (long) (updating / deltaT), fmt(adapted), (long) (updating / adapted))));
            }
        }
        return new Adapted(b.build(), changes);
    }

    private static int stepsPerEpoch(int examples, int batch) {
        return (examples + batch - 1) / batch;
    }

    private static double defaultOf(String method, String key) {
        for (MethodParam p : SparsityMethods.describe(method)) if (p.key().equals(key)) return p.defaultValue();
        throw new IllegalArgumentException(method + " has no parameter '" + key + "'");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static void phases(TrainingConfigBuilder b, int t1, int t2, int t3) {
        b.epochs = t1;
        b.methodParams.put("dense_epochs", (double) t1);
        b.methodParams.put("reweight_epochs", (double) t2);
        b.methodParams.put("retrain_epochs", (double) t3);
    }

    /** Keys the method documents (presets never add keys a method would reject as unknown). */
    private static Set<String> known(String method) {
        Set<String> keys = new HashSet<>();
        for (MethodParam p : SparsityMethods.describe(method)) keys.add(p.key());
        return keys;
    }
}
