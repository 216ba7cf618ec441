package org.sparsegnn.engine.sparsity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.flops.LayerWorkload;
import org.sparsegnn.engine.model.Model;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.Mask;
import org.sparsegnn.engine.nn.Optimizer;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * A test-only training loop with the hook order of SparsityMethod's javadoc, on a quadratic loss
 * f(W) = ½‖W − T‖² (gradient W − T, dense), plain SGD with momentum (so optimizer state reset is observable).
 */
public final class FakeTrainer implements TrainingContext {
    public final TrainingConfig config;
    final List<Parameter> params = new ArrayList<>();
    public final List<Parameter> prunable = new ArrayList<>();
    final Map<String, float[]> targets = new HashMap<>();
    public final Map<String, float[]> velocity = new HashMap<>();
    public final List<TrainingEvent> events = new ArrayList<>();
    final List<Map<String, Double>> epochMetrics = new ArrayList<>();
    final Random random;
    final SparsityMethod method;
    final int stepsPerEpoch;
    int epoch;
    int totalEpochs;
    long step;
    String phase;
    public Consumer<FakeTrainer> afterEachStep = t -> { };

    public FakeTrainer(TrainingConfig config, int stepsPerEpoch, int[][] shapes) {
        this.config = config;
        this.stepsPerEpoch = stepsPerEpoch;
        this.random = new Random(config.seed());
        Random init = new Random(config.seed() + 1);
        for (int l = 0; l < shapes.length; l++) {
            int n = shapes[l][0] * shapes[l][1];
            float[] w = new float[n];
            float[] t = new float[n];
            for (int i = 0; i < n; i++) {
                w[i] = (float) init.nextGaussian() * 0.1f;
                t[i] = (float) init.nextGaussian();
            }
            Parameter p = new Parameter("layer" + (l + 1) + ".weight",
                    Nd4j.createFromArray(w).reshape('c', new long[] {shapes[l][0], shapes[l][1]}).castTo(DataType.FLOAT), true);
            params.add(p);
            prunable.add(p);
            targets.put(p.name(), t);
        }
        Parameter bias = new Parameter("layer1.bias", Nd4j.zeros(DataType.FLOAT, shapes[0][1]), false);
        params.add(bias);
        targets.put(bias.name(), new float[shapes[0][1]]);
        method = SparsityMethods.create(config.methodSpec());
    }

    static TrainingConfig config(String method, double sparsity, String distribution, int epochs, long seed) {
        return config(method, sparsity, distribution, epochs, seed, Map.of());
    }

    public static TrainingConfig config(String method, double sparsity, String distribution, int epochs, long seed,
                                 Map<String, Double> params) {
        return new TrainingConfig(TaskKind.NODE, ModelKind.GCN, List.of(16), 0.5, epochs, "sgd", 0.05, 0.9, false, 0,
                "constant", 1.0, 0, seed, "standard", method, sparsity, SparsityDistribution.of(distribution), "all",
                params, "");
    }

    public FakeTrainer run() {
        totalEpochs = method.totalEpochs(config.epochs());
        phase = method.initialPhase();
        epoch = 1;
        step = 0;
        method.onStart(this);
        for (epoch = 1; epoch <= totalEpochs; epoch++) {
            method.onEpochStart(this);
            for (int s = 0; s < stepsPerEpoch; s++, step++) {
                for (Parameter p : params) fillGradient(p);
                method.beforeOptimizerStep(this);
                for (Parameter p : params) if (p.mask() != null) Tensors.applyMask(p.gradient(), p.mask());
                if (!method.skipOptimizerStep(this)) sgd();
                for (Parameter p : params) if (p.mask() != null) Tensors.applyMask(p.value(), p.mask());
                method.afterOptimizerStep(this);
                afterEachStep.accept(this);
            }
            method.onEpochEnd(this);
            epochMetrics.add(method.epochMetrics(this));
        }
        method.onFinish(this);
        return this;
    }

    private void fillGradient(Parameter p) {
        float[] w = Tensors.read(p.value());
        float[] t = targets.get(p.name());
        float[] g = new float[w.length];
        for (int i = 0; i < g.length; i++) g[i] = w[i] - t[i] + (float) random.nextGaussian() * 0.01f;
        Tensors.write(p.gradient(), g);
    }

    private void sgd() {
        for (Parameter p : params) {
            float[] w = Tensors.read(p.value());
            float[] g = Tensors.read(p.gradient());
            float[] v = velocity.computeIfAbsent(p.name(), k -> new float[w.length]);
            for (int i = 0; i < w.length; i++) {
                v[i] = 0.9f * v[i] + g[i];
                w[i] -= 0.05f * v[i];
            }
            Tensors.write(p.value(), w);
        }
    }

    double loss(Map<String, Mask> masks) {
        double l = 0;
        for (Parameter p : params) {
            float[] w = Tensors.read(p.value());
            float[] t = targets.get(p.name());
            Mask m = masks.get(p.name());
            for (int i = 0; i < w.length; i++) {
                double wi = m != null && !m.isActive(i) ? 0 : w[i];
                l += 0.5 * (wi - t[i]) * (wi - t[i]);
            }
        }
        return l;
    }

    @Override public String runId() { return "test"; }
    @Override public MethodSpec spec() { return config.methodSpec(); }
    @Override public Model model() {
        return new Model() {
            @Override public String kind() { return "fake"; }
            @Override public List<Parameter> parameters() { return params; }
            @Override public List<LayerWorkload> workloads() {
                List<LayerWorkload> w = new ArrayList<>();
                for (Parameter p : prunable) w.add(new LayerWorkload(p.name(), p.rows(), p.cols(), 100, 1.0, 0));
                return w;
            }
        };
    }
    @Override public List<Parameter> prunableParameters() { return prunable; }
    @Override public int epoch() { return epoch; }
    @Override public int totalEpochs() { return totalEpochs; }
    @Override public long step() { return step; }
    @Override public int stepsPerEpoch() { return stepsPerEpoch; }
    @Override public long totalSteps() { return (long) totalEpochs * stepsPerEpoch; }
    @Override public Random random() { return random; }
    @Override public Optimizer optimizer() {
        return new Optimizer() {
            @Override public void step(List<Parameter> parameters, double lr) { sgd(); }
            @Override public void resetState(Parameter parameter, int[] flatIndices) {
                float[] v = velocity.get(parameter.name());
                if (v != null) for (int i : flatIndices) v[i] = 0f;
            }
        };
    }
    @Override public double learningRate() { return 0.05; }
    @Override public void publish(TrainingEvent event) { events.add(event); }
    @Override public void setPhase(String p, String description) {
        events.add(new PhaseChanged(runId(), epoch, step, phase, p, description));
        phase = p;
    }
    @Override public String phase() { return phase; }
    @Override public void computeGradients() { for (Parameter p : params) fillGradient(p); }
    @Override public Evaluation evaluateWithMasks(Map<String, Mask> masks) {
        double l = loss(masks);
        return new Evaluation(l, 1 / (1 + l), 1 / (1 + l), 1 / (1 + l), Map.of());
    }
    @Override public void countGrowthGradient(Parameter p) { }

    Map<String, Mask> masks() {
        Map<String, Mask> m = new LinkedHashMap<>();
        for (Parameter p : prunable) if (p.mask() != null) m.put(p.name(), p.mask());
        return m;
    }
}
