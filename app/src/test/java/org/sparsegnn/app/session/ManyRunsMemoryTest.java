package org.sparsegnn.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sparsegnn.app.dataset.DatasetEntry;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.app.shell.Workbench;
import org.sparsegnn.app.task.CurrentThreadTaskExecutor;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.GraphGenerators;
import org.sparsegnn.engine.graph.GraphGenerators.SbmSpec;

/**
 * Fifty runs in one workbench session, driven through the session view-model as the Run button does (events
 * pumped into the run store and chart updates flushed as the FX pump and the views would): the heap after garbage collection may keep each run's events
 * and metrics, not its trainer, model or graph matrices. The graph is chosen so that the two differ by orders of
 * magnitude: 6,000 nodes (the normalised adjacency a trainer builds is about 1 MB of Java arrays) but 8 features,
 * so a run's weights, masks and 5 epochs of events are a few kilobytes.
 */
@Tag("slow")
class ManyRunsMemoryTest {
    private static final int RUNS = 50;
    /** What the views may keep of one finished 5-epoch run here (events, chart series, runs-table row). */
    private static final long VIEW_BYTES_PER_RUN = 64 * 1024;

    private static final Graph GRAPH = GraphGenerators.stochasticBlockModel("six-thousand",
            new SbmSpec(6000, 7, 8, 0.8, 8, 3, 0.7, 20, 500), 5);

    /** Used heap after full collections: the least of several readings, so a collection still in flight cannot inflate it. */
    static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(40);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static Workbench workbench() {
        Workbench wb = new Workbench(new CurrentThreadTaskExecutor(),
                List.of(new DatasetEntry("six-thousand", DatasetEntry.Kind.SAMPLE, p -> GRAPH)));
        wb.dataset.selectedProperty().set(wb.dataset.entries().get(0));
        wb.settings.set(SettingsViewModel.EPOCHS, 5);
        assertEquals("", wb.session.runBlockedReasonProperty().get());
        return wb;
    }

    private static void runToTheEnd(Workbench wb) throws InterruptedException {
        wb.session.run();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (wb.session.stateProperty().get() != SessionViewModel.State.FINISHED) {
            assertTrue(System.nanoTime() < deadline, "a run did not finish: " + wb.session.progressTextProperty().get());
            Thread.sleep(2);
            wb.store.applyBatch(wb.queue.drain());
            wb.metrics.pending().flush(); // as the chart views do after every batch
            wb.flops.pending().flush();
        }
        assertEquals("", wb.session.errorProperty().get());
    }

    /** Runs 50 times; returns {heap after run 2, heap after run 50} and appends the readings to {@code trace}. */
    private static long[] fiftyRuns(Workbench wb, boolean resetBetween, StringBuilder trace) throws InterruptedException {
        long afterSecond = 0;
        for (int i = 1; i <= RUNS; i++) {
            runToTheEnd(wb);
            if (resetBetween) wb.session.reset();
            if (i == 2 || i % 10 == 0) {
                long used = usedHeapAfterGc();
                if (i == 2) afterSecond = used;
                trace.append(String.format(Locale.ROOT, " run %d: %.2f MB;", i, used / 1e6));
            }
        }
        long afterLast = usedHeapAfterGc();
        trace.append(String.format(Locale.ROOT, " = %.1f %% of after run 2", 100.0 * afterLast / afterSecond));
        return new long[] {afterSecond, afterLast};
    }

    @Test
    @Timeout(600)
    void fiftyRunsWithResetBetweenKeepTheHeapWithinTenPercentOfItsSizeAfterTheSecond() throws Exception {
        StringBuilder trace = new StringBuilder("heap after GC, Reset after every run:");
        long[] heap = fiftyRuns(workbench(), true, trace);
        System.out.println(trace);
        assertTrue(heap[1] <= heap[0] * 1.10, trace.toString());
    }

    @Test
    @Timeout(600)
    void fiftyRunsKeptInTheSessionCostOnlyTheirEventsAndMetrics() throws Exception {
        Workbench wb = workbench();
        StringBuilder trace = new StringBuilder("heap after GC, all runs kept:");
        long[] heap = fiftyRuns(wb, false, trace);
        assertEquals(RUNS, wb.store.all().size(), "every run stays listed");
        long perRun = (heap[1] - heap[0]) / (RUNS - 2);
        trace.append(String.format(Locale.ROOT, " %.1f KB per run", perRun / 1024.0));
        wb.session.reset();
        trace.append(String.format(Locale.ROOT, "; after Reset %.2f MB", usedHeapAfterGc() / 1e6));
        System.out.println(trace);
        assertTrue(perRun <= VIEW_BYTES_PER_RUN, trace.toString());
        assertTrue(heap[1] <= heap[0] * 1.10, trace.toString());
    }
}
