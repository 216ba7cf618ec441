package org.sparsegnn.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.sparsegnn.engine.cli.SweepOptions;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepFailure;
import org.sparsegnn.engine.report.SweepFolder;
import org.sparsegnn.engine.report.SweepTrial;
import org.sparsegnn.engine.train.TrainingConfig;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * One trial as one Spark task, on an executor: parses the sweep's arguments with the engine, trains the trial
 * with the engine's trainer into a local folder and moves that folder into the sweep folder. An attempt that
 * throws is recorded in the trial's {@code failure.json} and thrown again, so that Spark runs it again, until
 * {@code retries} attempts of this sweep have failed; then the task returns the failure instead, and the sweep goes
 * on. Attempts lost with their executor leave no record and do not count.
 */
final class TrialTask extends AbstractFunction2<TaskContext, Iterator<Integer>, TrialOutcome> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The checked plan of each sweep this JVM runs tasks of (checking every trial's settings takes a while). */
    private static final Map<List<String>, List<Sweep.Plan>> PLANS = new ConcurrentHashMap<>();
    /** The Hadoop configuration of this JVM's Spark environment, made once (it reads its XML resources). */
    private static SparkEnv confEnv;
    private static Configuration conf;

    private final List<String> args;
    private final List<String> trials;
    private final String sweepId;

    /** {@code trials}: the trial ids of the sweep's plan, by index (the driver's plan). */
    TrialTask(List<String> args, List<String> trials, String sweepId) {
        this.args = List.copyOf(args);
        this.trials = List.copyOf(trials);
        this.sweepId = sweepId;
    }

    @Override
    public TrialOutcome apply(TaskContext context, Iterator<Integer> indices) {
        int index = indices.next();
        String where = "executor " + SparkEnv.get().executorId() + " on " + SparkEnv.get().blockManager().blockManagerId().host();
        try {
            return run(index, where, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrialOutcome run(int index, String where, TaskContext context) throws IOException {
        SparkSweepCommand command = SparkSweepCommand.parse(args);
        SweepOptions options = command.sweep;
        Configuration conf = hadoopConfiguration();
        HadoopSweepFolder folder = new HadoopSweepFolder(options.out(), conf);
        String trial = trials.get(index);
        Path local = Files.createTempDirectory("sparsegnn-trial-");
        try {
            String header = "sweep " + sweepId + ", Spark task attempt " + (context.attemptNumber() + 1) + " (stage "
                    + context.stageId() + ", task " + context.taskAttemptId() + ") on " + where;
            try {
                Sweep.Plan plan = PLANS.computeIfAbsent(args, a -> SparkSweepCommand.parse(a).sweep.plan()).get(index);
                if (!plan.id().equals(trial)) {
                    throw new IllegalStateException("this executor plans " + plan.id() + " where the driver planned " + trial
                            + " (another version of sparsegnn on the cluster?)");
                }
                TrainingConfig config = options.config(plan);
                if (folder.finished(plan, options.dataset(), config) != null) { // an attempt thought lost finished after all
                    return new TrialOutcome(index, where, folder.read(trial, SweepTrial.SUMMARY), null, true);
                }
                Graph graph = InputStaging.graph(options.graph(), conf);
                SweepTrial.run(graph, options.dataset(), plan, config, local, List.of(header), e -> { });
            } catch (SweepTrial.Failed f) {
                return failed(folder, trial, index, where, local, f.getMessage(), command.retries);
            } catch (Exception | Error e) { // the plan, the graph, the folder: recorded like a failed run
                Files.writeString(local.resolve(SweepTrial.LOG), header + "\nFAILED before training:\n" + SweepTrial.stackTrace(e));
                return failed(folder, trial, index, where, local, trial + ": " + SweepTrial.oneLine(e), command.retries);
            }
            byte[] summary = Files.readAllBytes(local.resolve(SweepTrial.SUMMARY));
            if (!folder.commit(trial, local)) return new TrialOutcome(index, where, folder.read(trial, SweepTrial.SUMMARY), null, true);
            return new TrialOutcome(index, where, summary, null, false);
        } finally {
            SweepFolder.deleteTree(local);
        }
    }

    private static synchronized Configuration hadoopConfiguration() {
        if (confEnv != SparkEnv.get()) {
            confEnv = SparkEnv.get();
            conf = SparkHadoopUtil.get().newConfiguration(confEnv.conf());
        }
        return conf;
    }

    /** Records the failed attempt; throws (Spark runs the task again) until this sweep's attempts are used up. */
    private TrialOutcome failed(HadoopSweepFolder folder, String trial, int index, String where, Path local,
                                String message, int retries) throws IOException {
        SweepFailure before = folder.failure(trial);
        SweepFailure now = (before == null ? new SweepFailure(trial, List.of()) : before)
                .plus(new SweepFailure.Attempt(sweepId, where, message));
        Files.write(local.resolve(SweepFailure.FILE), now.toJson());
        if (!folder.commit(trial, local)) { // another attempt finished it meanwhile
            return new TrialOutcome(index, where, folder.read(trial, SweepTrial.SUMMARY), null, true);
        }
        if (now.attemptsBy(sweepId) <= retries) throw new TrialAttemptFailed(message);
        return new TrialOutcome(index, where, null, now.toJson(), false);
    }

    /** A failed attempt that Spark should run again (the message is the trial's error in one line). */
    static final class TrialAttemptFailed extends RuntimeException {
        TrialAttemptFailed(String message) {
            super(message, null, false, false);
        }
    }
}
