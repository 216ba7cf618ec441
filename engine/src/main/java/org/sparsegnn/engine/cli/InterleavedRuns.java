package org.sparsegnn.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Trains several configurations in one process, one epoch of each in turn (each on its own thread, the others
 * paused), so that epoch i of every run sees the same machine: on a machine shared with other jobs the load
 * changes by the second, and runs one after the other measure different machines.
 */
final class InterleavedRuns {
    /** The epochs of one run and how it ended: RunFinished, or RunFailed (the others then stop too). */
    record Run(TrainingConfig config, List<EpochCompleted> epochs, TrainingEvent end) {
        RunFinished finished() {
            return (RunFinished) end;
        }
    }

    private InterleavedRuns() {
    }

    static List<Run> train(Graph g, List<TrainingConfig> configs) throws InterruptedException {
        List<Trainer> trainers = new ArrayList<>();
        List<List<EpochCompleted>> epochs = new ArrayList<>();
        List<LinkedBlockingQueue<TrainingEvent>> signals = new ArrayList<>();
        List<TrainingEvent> ends = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (TrainingConfig c : configs) {
            List<EpochCompleted> mine = new ArrayList<>();
            LinkedBlockingQueue<TrainingEvent> signal = new LinkedBlockingQueue<>();
            Trainer t = new Trainer(c, Tasks.create(g, c), SparsityMethods.create(c.methodSpec())).weightSnapshots(false)
                    .addListener(e -> {
                        if (e instanceof EpochCompleted ec) mine.add(ec);
                        if (e instanceof EpochCompleted || e instanceof RunFinished || e instanceof RunFailed) signal.add(e);
                    });
            t.control().pause();
            trainers.add(t);
            epochs.add(mine);
            signals.add(signal);
            ends.add(null);
            Thread thread = new Thread(t::run, "bench-" + trainers.size());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (boolean running = true; running; ) {
            running = false;
            for (int i = 0; i < trainers.size(); i++) {
                if (ends.get(i) != null) continue;
                trainers.get(i).control().stepEpoch();
                TrainingEvent e = signals.get(i).take();
                if (e instanceof RunFinished || e instanceof RunFailed) ends.set(i, e);
                if (e instanceof RunFailed) {
                    for (Trainer t : trainers) t.control().cancel(); // the comparison is over
                    running = false;
                    break;
                }
                running |= ends.get(i) == null;
            }
        }
        for (Thread t : threads) t.join();
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) out.add(new Run(configs.get(i), epochs.get(i), ends.get(i)));
        return out;
    }
}
