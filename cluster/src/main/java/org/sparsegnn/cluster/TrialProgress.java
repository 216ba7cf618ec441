package org.sparsegnn.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.TaskEndReason;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepFailure;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTrial;

/**
 * Progress over trials on the driver's console: each start (where, which attempt), each failed or lost attempt
 * that Spark runs again, and each trial's end with its test accuracy, counted against all trials to train.
 */
final class TrialProgress extends SparkListener {
    private final List<Sweep.Plan> plans;
    private final List<Integer> pending;
    private final PrintStream out;
    private int done;

    TrialProgress(List<Sweep.Plan> plans, List<Integer> pending, PrintStream out) {
        this.plans = plans;
        this.pending = pending;
        this.out = out;
    }

    private String trial(TaskInfo info) {
        return plans.get(pending.get(info.index())).id();
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        TaskInfo t = start.taskInfo();
        print("started %s on executor %s (%s), attempt %d", trial(t), t.executorId(), t.host(), t.attemptNumber() + 1);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskInfo t = end.taskInfo();
        TaskEndReason reason = end.reason();
        if (reason instanceof ExceptionFailure e) {
            print("attempt %d of %s failed on executor %s: %s; Spark runs it again", t.attemptNumber() + 1, trial(t),
                    t.executorId(), e.description());
        } else if (reason instanceof ExecutorLostFailure lost) {
            print("%s was lost with executor %s (%s); Spark runs it again elsewhere", trial(t), lost.execId(),
                    lost.reason().isDefined() ? lost.reason().get() : "no reason given");
        } else if (reason instanceof TaskKilled k) {
            print("attempt %d of %s was stopped: %s", t.attemptNumber() + 1, trial(t), k.reason());
        }
    }

    /** A trial's task returned (on the driver, as soon as Spark has its result). */
    synchronized void finished(TrialOutcome o) {
        done++;
        String id = plans.get(o.index()).id();
        try {
            if (o.finished()) {
                SweepRun r = SweepTrial.readSummary(new ByteArrayInputStream(o.summary()), id).run();
                if (r.diverged()) {
                    print("[%d/%d] %s: training diverged at epoch %.0f (kept as such; lower --lr) (%s)", done, pending.size(), id,
                            r.metric(SweepRun.DIVERGED_EPOCH), o.where());
                    return;
                }
                print("[%d/%d] %s: test accuracy %.4f, %.1f s (%s)%s", done, pending.size(), id, r.metric("test_accuracy"),
                        r.wallSeconds(), o.where(), o.reused() ? ", finished by an earlier attempt" : "");
            } else {
                SweepFailure f = SweepFailure.read(new ByteArrayInputStream(o.failure()), id);
                print("[%d/%d] %s FAILED after %d attempt(s): %s", done, pending.size(), id, f.attempts().size(), f.message());
            }
        } catch (IOException e) {
            print("[%d/%d] %s: unreadable result (%s)", done, pending.size(), id, e.getMessage());
        }
    }

    private synchronized void print(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
