package org.sparsegnn.engine.train;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.events.WeightSnapshot;
import org.sparsegnn.engine.flops.TrainingFlopsMeter;
import org.sparsegnn.engine.model.Model;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.nn.Backend;
import org.sparsegnn.engine.nn.Floats;
import org.sparsegnn.engine.nn.LrSchedule;
import org.sparsegnn.engine.nn.Optimizer;
import org.sparsegnn.engine.nn.Optimizers;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;
import org.sparsegnn.engine.sparsity.MethodSpec;
import org.sparsegnn.engine.sparsity.SparsityMethod;
import org.sparsegnn.engine.sparsity.TrainingContext;
import org.sparsegnn.engine.sparsity.Evaluation;
import org.sparsegnn.engine.train.DivergenceRule.DivergedException;

/**
 * The one training loop. Calls the {@link SparsityMethod} hooks in the documented order, keeps masked weights
 * exactly zero (the optimizer updates masked weights at their active positions only, and weights are masked
 * after every hook that may change a mask), counts training FLOPs with the run's one {@link TrainingFlopsMeter}
 * (methods report their extra work through the context), offers each epoch to the best-validation selection
 * ({@link BestEpoch}), and reports everything as {@link TrainingEvent}s ({@link RunMetrics} assembles the
 * settings, sparsity and final metrics). A run never throws: errors end it with {@link RunFailed}, a diverging
 * loss ({@link DivergenceRule}) with a RunFailed of kind DIVERGED after the epoch it was seen in.
 * <p>
 * {@link #run()} runs synchronously on the caller's thread; {@link TrainingSession} runs it on a background
 * thread with pause / step / cancel through {@link #control()}.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private static final AtomicLong RUN_COUNTER = new AtomicLong();
    /** CPU time of the trainer thread: the work of an epoch even when other processes hold the cores. */
    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

    private final TrainingConfig config;
    private final Task task;
    private final SparsityMethod method;
    private final String runId;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final RunControl control = new RunControl();
    private boolean weightSnapshots = true;

    // run state (trainer thread only)
    private Network model;
    private List<Parameter> prunable;
    private Optimizer optimizer;
    private LrSchedule schedule;
    private Random methodRandom;
    private Random taskRandom;
    private int totalEpochs;
    private int stepsPerEpoch;
    private int epoch;
    private int completedEpochs;
    private long step;
    private double lr;
    private String phase;
    private TrainingFlopsMeter flops;
    private double flopsReported = -1; // the meter's count in the last FlopsReported
    private final BestEpoch epochs = new BestEpoch();
    private Map<String, Double> lastMethodMetrics = Map.of();
    private final Context context = new Context();
    private final EpochTimes times = new EpochTimes();
    private Network timedModel; // the model as the task sees it in training steps: passes timed
    private Map<String, String> kernels = Map.of(); // kernel per weight layer in the last training step
    private final DivergenceRule divergence = new DivergenceRule();

    /** @throws IllegalArgumentException naming every invalid setting of {@code config} */
    public Trainer(TrainingConfig config, Task task, SparsityMethod method) {
        this.config = SettingsValidator.check(config);
        this.task = task;
        this.method = method;
        this.runId = "run-" + RUN_COUNTER.incrementAndGet() + "-seed" + config.seed();
    }

    public String runId() {
        return runId;
    }

    public RunControl control() {
        return control;
    }

    public Trainer addListener(TrainingListener l) {
        listeners.add(l);
        return this;
    }

    /** Whether a WeightSnapshot of every prunable weight is published after each epoch (default true). */
    public Trainer weightSnapshots(boolean on) {
        weightSnapshots = on;
        return this;
    }

    /** The model being trained (null before the run starts). */
    public Network model() {
        return model;
    }

    /** Runs to the end (or until cancelled / failed); returns the terminal event (RunFinished or RunFailed). */
    public TrainingEvent run() {
        long started = System.nanoTime();
        try {
            start();
            boolean cancelled = false;
            epochs:
            for (epoch = 1; epoch <= totalEpochs; epoch++) {
                double lossSum = 0, penaltySum = 0, trainNanos = 0, trainCpuNanos = 0;
                times.reset(model.layerNanos());
                for (int s = 0; s < stepsPerEpoch; s++) {
                    if (!control.awaitPermission()) {
                        cancelled = true;
                        break epochs;
                    }
                    long t0 = System.nanoTime(), c0 = THREAD_CPU.getCurrentThreadCpuTime();
                    if (s == 0) beginEpoch();
                    double[] lp = optimizerStep(s);
                    trainNanos += System.nanoTime() - t0;
                    trainCpuNanos += THREAD_CPU.getCurrentThreadCpuTime() - c0;
                    lossSum += lp[0];
                    penaltySum += lp[1];
                    control.stepDone();
                }
                Map<String, Double> layerMillis = times.layerMillis(model.layerNanos()); // before evaluation
                // the epoch's allowance ends before EpochCompleted is published: a controller that grants the next
                // epoch when it hears of this one must not have its grant cleared afterwards
                control.epochDone();
                endEpoch(lossSum / stepsPerEpoch, penaltySum / stepsPerEpoch, trainNanos / 1e6, trainCpuNanos / 1e6, layerMillis);
                divergence.checkEpoch(lossSum / stepsPerEpoch, epoch, lr);
            }
            epoch = Math.max(completedEpochs, 1);
            method.onFinish(context);
            Masking.maskValues(prunable);
            return finish(cancelled, (System.nanoTime() - started) / 1e9);
        } catch (Throwable t) {
            return fail(t);
        }
    }

    private void start() {
        if (model != null) throw new IllegalStateException("a Trainer runs once; create a new one");
        model = task.createModel(config);
        timedModel = times.timed(model);
        prunable = PrunableLayers.select(model.parameters(), config.prunableLayers());
        optimizer = Optimizers.create(config.optimizer(), config.momentum(), config.nesterov());
        schedule = LrSchedule.of(config.lrSchedule(), config.lr(), config.lrGamma());
        methodRandom = new Random(config.seed() * 0x2545F4914F6CDD1DL + 11);
        taskRandom = new Random(config.seed() * 0x2545F4914F6CDD1DL + 23);
        method.configure(config.methodSpec()); // reads and validates methodParams before the schedule is asked for
        totalEpochs = method.totalEpochs(config.epochs());
        if (totalEpochs < 1) throw new IllegalArgumentException("a run needs at least one epoch, got " + totalEpochs);
        stepsPerEpoch = task.stepsPerEpoch();
        flops = new TrainingFlopsMeter(model.workloads(), stepsPerEpoch);
        phase = method.initialPhase();
        epoch = 0;
        lr = schedule.lr(0, totalEpochs);
        publish(new RunStarted(runId, System.currentTimeMillis(), RunMetrics.settings(config, task, method.id(), totalEpochs),
                RunMetrics.layers(model, prunable), totalEpochs, stepsPerEpoch, Backend.name()));
        method.onStart(context);
        Masking.maskValues(prunable);
    }

    private void beginEpoch() {
        lr = schedule.lr(epoch - 1, totalEpochs);
        task.beginEpoch(taskRandom);
        long t = System.nanoTime();
        method.onEpochStart(context);
        Masking.maskValues(prunable);
        times.add(EpochTimes.MASK_UPDATE, t);
    }

    /** One optimizer step; returns {loss, penalty}. */
    private double[] optimizerStep(int stepInEpoch) {
        long t = System.nanoTime();
        boolean denseGradient = method.needsDenseGradient(context);
        times.add(EpochTimes.MASK_UPDATE, t);
        requestDenseGradients(denseGradient);
        double loss = task.trainStep(timedModel, stepInEpoch);
        requestDenseGradients(false);
        kernels = model.kernelByLayer();
        divergence.checkStep(loss, epoch, lr);
        t = System.nanoTime();
        Masking.addWeightDecay(model.decayedParameters(), config.weightDecay());
        times.add(EpochTimes.OPTIMIZER, t);
        t = System.nanoTime();
        double penalty = method.beforeOptimizerStep(context);
        times.add(EpochTimes.MASK_UPDATE, t);
        t = System.nanoTime();
        List<Parameter> params = model.parameters();
        if (!method.skipOptimizerStep(context)) optimizer.step(params, lr);
        Masking.maskValues(params);
        times.add(EpochTimes.OPTIMIZER, t);
        flops.countStep(phase, masks());
        t = System.nanoTime();
        method.afterOptimizerStep(context);
        Masking.maskValues(prunable);
        times.add(EpochTimes.MASK_UPDATE, t);
        step++;
        return new double[] {loss, penalty};
    }

    /** Asks the prunable weights' layers for full dense weight gradients in the coming backward pass (or stops). */
    private void requestDenseGradients(boolean on) {
        for (Parameter p : prunable) p.requestDenseGradient(on);
    }

    private void endEpoch(double meanLoss, double meanPenalty, double trainMillis, double trainCpuMillis,
                          Map<String, Double> layerMillis) {
        long t0 = System.nanoTime();
        Evaluation ev = task.evaluate(model);
        double evalMillis = (System.nanoTime() - t0) / 1e6;
        String epochPhase = phase;
        epochs.offer(epoch, ev, method.selectable(context));
        completedEpochs = epoch;
        method.onEpochEnd(context);
        Masking.maskValues(prunable);
        lastMethodMetrics = method.epochMetrics(context);
        Map<String, Double> extra = new LinkedHashMap<>(ev.extra());
        extra.putAll(lastMethodMetrics);
        extra.put("lr", lr);
        extra.put("penalty", meanPenalty);
        extra.put("eval_ms", evalMillis);
        extra.put("train_cpu_ms", trainCpuMillis);
        reportFlops(); // first, so that a recording cut after this epoch has its FLOPs too
        publish(new EpochCompleted(runId, epoch, epochPhase, meanLoss, ev.train(), ev.val(), ev.test(),
                RunMetrics.layerSparsity(prunable), flops.counted(), trainMillis, extra, times.millis(trainMillis),
                layerMillis, kernels));
        if (weightSnapshots) {
            for (Parameter p : prunable) {
                publish(new WeightSnapshot(runId, p.name(), epoch, step, p.rows(), p.cols(), Floats.read(p.value())));
            }
        }
    }

    private TrainingEvent finish(boolean cancelled, double wallSeconds) {
        if (!epochs.any()) epochs.offer(0, task.evaluate(model), false); // cancelled before the first epoch
        Map<String, Double> metrics = RunMetrics.finalMetrics(epochs, completedEpochs, prunable, flops,
                (long) totalEpochs * stepsPerEpoch, lastMethodMetrics);
        method.finalMetrics(context).forEach(metrics::putIfAbsent); // the method's own: exploration_rate, …
        if (flops.counted() != flopsReported) reportFlops(); // stopped within an epoch
        RunFinished done = new RunFinished(runId, epochs.chosen().epoch(), metrics, wallSeconds, cancelled);
        publish(done);
        return done;
    }

    private TrainingEvent fail(Throwable t) {
        boolean diverged = t instanceof DivergedException;
        String message = ErrorMessages.describe(t);
        if (!diverged) LOG.debug("run {} failed", runId, t);
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        RunFailed failed = new RunFailed(runId, epoch, message, sw.toString(),
                diverged ? RunFailed.Kind.DIVERGED : RunFailed.Kind.ERROR);
        publish(failed);
        return failed;
    }

    private void publish(TrainingEvent e) {
        for (TrainingListener l : listeners) {
            try {
                l.onEvent(e);
            } catch (RuntimeException ex) {
                LOG.warn("training listener {} failed on {}: {}", l, e.getClass().getSimpleName(), ex.toString());
            }
        }
        control.published(e);
    }

    private void reportFlops() {
        flopsReported = flops.counted();
        publish(flops.report(runId, completedEpochs, config.embedding().sparse()));
    }

    private Map<String, Mask> masks() {
        Map<String, Mask> m = new HashMap<>();
        for (Parameter p : model.parameters()) if (p.isMasked()) m.put(p.name(), p.mask());
        return m;
    }

    /** The TrainingContext handed to the sparsity method. */
    private final class Context implements TrainingContext {
        @Override public String runId() { return runId; }
        @Override public MethodSpec spec() { return config.methodSpec(); }
        @Override public Model model() { return model; }
        @Override public List<Parameter> prunableParameters() { return prunable; }
        @Override public int epoch() { return epoch; }
        @Override public int totalEpochs() { return totalEpochs; }
        @Override public long step() { return step; }
        @Override public int stepsPerEpoch() { return stepsPerEpoch; }
        @Override public long totalSteps() { return (long) totalEpochs * stepsPerEpoch; }
        @Override public Random random() { return methodRandom; }
        @Override public Optimizer optimizer() { return optimizer; }
        @Override public double learningRate() { return lr; }
        @Override public void publish(TrainingEvent event) { Trainer.this.publish(event); }
        @Override public String phase() { return phase; }

        @Override
        public void setPhase(String newPhase, String description) {
            String from = phase;
            phase = newPhase;
            Trainer.this.publish(new PhaseChanged(runId, epoch, step, from, newPhase, description));
        }

        @Override
        public void computeGradients() {
            requestDenseGradients(true);
            try {
                task.fullGradient(model);
            } finally {
                requestDenseGradients(false);
            }
            Masking.addWeightDecay(model.decayedParameters(), config.weightDecay());
            flops.countExtraPass(epoch == 0 ? "init" : phase, masks()); // before the first epoch: initialisation
        }

        @Override
        public Evaluation evaluateWithMasks(Map<String, Mask> evalMasks) {
            Map<Parameter, float[]> saved = new LinkedHashMap<>();
            try {
                for (Parameter p : model.parameters()) {
                    Mask m = evalMasks.get(p.name());
                    if (m == null) continue;
                    saved.put(p, Floats.read(p.value()));
                    Masking.multiply(p.value(), m);
                }
                return task.evaluate(model);
            } finally {
                saved.forEach((p, v) -> Floats.write(v, p.value()));
            }
        }

        @Override
        public void countGrowthGradient(Parameter p) {
            flops.countGrowthGradient(phase, p.name(), p.mask());
        }
    }
}
