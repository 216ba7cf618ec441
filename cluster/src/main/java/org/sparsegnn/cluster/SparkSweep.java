package org.sparsegnn.cluster;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.sparsegnn.engine.cli.SweepOptions;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepFailure;
import org.sparsegnn.engine.report.SweepFolder;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTrial;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver of a Spark sweep: checks the options with the engine, skips the trials finished in the sweep folder,
 * runs the others as one Spark task each ({@link TrialTask}), prints progress as they finish, then merges every
 * trial of the folder into the engine's report (sweep.csv, sweep_summary.md, charts).
 */
final class SparkSweep {
    private final SparkSweepCommand command;
    private final SweepOptions options;
    private final List<String> args;

    SparkSweep(SparkSweepCommand command, List<String> args) {
        this.command = command;
        this.options = command.sweep;
        this.args = args;
    }

    int run() throws Exception {
        List<Sweep.Plan> plans = options.plan();
        SparkConf conf = sparkConf();
        Configuration hadoop = SparkHadoopUtil.get().newConfiguration(conf);
        HadoopSweepFolder folder = new HadoopSweepFolder(options.out(), hadoop);
        folder.checkIsFolder();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (folder.finished(plans.get(i), options.dataset(), options.config(plans.get(i))) == null) pending.add(i);
        }
        String sweepId = UUID.randomUUID().toString();
        boolean stopped = false;
        if (pending.isEmpty()) {
            System.out.println("all " + plans.size() + " trials finished already in " + folder.root() + "; nothing to train");
        } else {
            checkInputs(hadoop);
            System.out.printf(Locale.ROOT, "%d trials on %s: %d finished already in %s, training %d on %s (retries %d)%n",
                    plans.size(), options.dataset(), plans.size() - pending.size(), folder.root(), pending.size(),
                    conf.get("spark.master"), command.retries);
            stopped = !train(conf, plans, pending, sweepId);
        }
        return merge(folder, plans, sweepId, stopped);
    }

    private SparkConf sparkConf() {
        SparkConf conf = new SparkConf().setAppName("sparsegnn sweep " + options.dataset());
        String master = command.master != null ? command.master : conf.get("spark.master", "local[*]");
        int maxFailures = SparkMaster.maxFailures(command.retries);
        conf.setMaster(SparkMaster.withMaxFailures(master, maxFailures));
        conf.setIfMissing("spark.task.maxFailures", Integer.toString(maxFailures));
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (SparkMaster.isLocal(master)) { // a laptop whose host name does not resolve still works
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else {
            String ownJar = ownJar();
            if (ownJar != null && !conf.contains("spark.jars")) conf.set("spark.jars", ownJar); // java -jar … --master spark://…
        }
        return conf;
    }

    /** Fails early, with one sentence, when the graph or data folder is not there (every task would fail). */
    private void checkInputs(Configuration hadoop) throws IOException {
        String graph = options.graph().graphLocation();
        if (graph != null && !HadoopSweepFolder.exists(graph, hadoop)) throw new IllegalArgumentException("--graph " + graph + ": no such file or folder");
        String data = options.graph().dataDirLocation();
        if (data != null && !HadoopSweepFolder.exists(data, hadoop)) throw new IllegalArgumentException("--data-dir " + data + ": no such folder");
    }

    /** Runs the pending trials; false when Spark gave up on the job (the trials finished so far stay). */
    private boolean train(SparkConf conf, List<Sweep.Plan> plans, List<Integer> pending, String sweepId) {
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            if (sc.sc().uiWebUrl().isDefined()) System.out.println("Spark UI: " + sc.sc().uiWebUrl().get() + " (while the sweep runs)");
            TrialProgress progress = new TrialProgress(plans, pending, System.out);
            sc.sc().addSparkListener(progress);
            JavaRDD<Integer> trials = sc.parallelize(pending, pending.size());
            try {
                sc.sc().runJob(trials.rdd(), new TrialTask(args, plans.stream().map(Sweep.Plan::id).toList(), sweepId), new AbstractFunction2<Object, TrialOutcome, BoxedUnit>() {
                    @Override
                    public BoxedUnit apply(Object partition, TrialOutcome outcome) {
                        progress.finished(outcome);
                        return BoxedUnit.UNIT;
                    }
                }, ClassTag$.MODULE$.apply(TrialOutcome.class));
                return true;
            } catch (Exception e) { // Scala declares no checked exceptions: a SparkException when the job was aborted
                if (!(e instanceof SparkException)) throw e;
                System.err.println("error: Spark stopped the sweep: " + SweepTrial.oneLine(e));
                return false;
            }
        }
    }

    /** Every trial of the folder into the engine's report; exit code 0 when every trial finished. */
    private int merge(HadoopSweepFolder folder, List<Sweep.Plan> plans, String sweepId, boolean stopped) throws IOException {
        List<SweepRun> runs = new ArrayList<>();
        List<SweepFailure> failures = new ArrayList<>();
        int missing = 0;
        for (Sweep.Plan p : plans) {
            SweepTrial.Stored s = folder.finished(p, options.dataset(), options.config(p));
            if (s != null) {
                runs.add(s.run());
                continue;
            }
            SweepFailure f = folder.failure(p.id());
            if (f != null && f.attemptsBy(sweepId) > 0) failures.add(f);
            else missing++;
        }
        java.nio.file.Path local = Files.createTempDirectory("sparsegnn-report-");
        try {
            String table = options.report().write(local, runs, failures);
            folder.publish(local);
            System.out.print(table);
        } finally {
            SweepFolder.deleteTree(local);
        }
        System.out.println("wrote " + options.out() + "/sweep.csv, " + SweepFolder.TRIALS
                + "/ and charts accuracy_vs_sparsity / accuracy_vs_epoch (.png, .svg)");
        if (failures.isEmpty() && missing == 0) return 0;
        if (!failures.isEmpty()) {
            System.err.printf(Locale.ROOT, "%d of %d trials failed (see %s/%s/*/log.txt and failure.json); rerun the same command to retry them%n",
                    failures.size(), plans.size(), folder.root(), SweepFolder.TRIALS);
        }
        if (missing > 0) System.err.println(missing + " trials did not run" + (stopped ? " (Spark stopped the job)" : "") + "; rerun the same command to run them");
        return 1;
    }

    /** The jar this class was loaded from, or null when it runs from a classes folder. */
    private static String ownJar() {
        try {
            var source = SparkSweep.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            java.nio.file.Path p = java.nio.file.Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p.toString() : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
