package org.sparsegnn.engine.nn;

import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a loop over rows on {@link JavaKernels#THREADS} threads in contiguous blocks of about equal work. Every row
 * belongs to one block, so a kernel that writes only its rows needs no locks and its results do not depend on the
 * number of threads. {@link #rows} cuts a few blocks per thread that the caller and helpers from the common
 * fork/join pool claim in turn: a helper that starts late (or loses its core to another process) leaves its share
 * to the caller instead of making it wait (with one fixed block per thread, two threads on a busy 2-core machine
 * were slower than one).
 */
final class WorkSplit {
    /** Below this many multiply-adds one thread beats handing work to another (≈ 10–20 µs per hand-off). */
    static final long PARALLEL_MACS = 200_000;

    @FunctionalInterface
    interface Rows {
        void run(int from, int to);
    }

    @FunctionalInterface
    interface Block {
        void run(int block, int from, int to);
    }

    private WorkSplit() {
    }

    /**
     * Runs {@code body} over rows [0, n). {@code workStart} (length n + 1, non-decreasing, e.g. a CSR row pointer)
     * says how much work precedes each row; blocks are cut where it crosses equal shares. {@code macsPerUnit}
     * converts its units into multiply-adds for the sequential-or-parallel decision.
     */
    static void rows(int n, int[] workStart, long macsPerUnit, Rows body) {
        long total = workStart[n] - (long) workStart[0];
        int threads = JavaKernels.THREADS;
        if (threads == 1 || n < 2 || total * macsPerUnit < PARALLEL_MACS) {
            body.run(0, n);
            return;
        }
        claimed(cuts(n, workStart, Math.min(CLAIMED_PER_THREAD * threads, n)), threads, body);
    }

    /** Blocks per thread that {@link #rows} cuts for claiming. */
    private static final int CLAIMED_PER_THREAD = 4;

    /** The blocks claimed in order by the caller and {@code threads − 1} helpers until none are left. */
    private static void claimed(int[] cut, int threads, Rows body) {
        int blocks = cut.length - 1;
        AtomicInteger next = new AtomicInteger();
        Runnable claim = () -> {
            for (int b; (b = next.getAndIncrement()) < blocks; ) body.run(cut[b], cut[b + 1]);
        };
        @SuppressWarnings("unchecked")
        ForkJoinTask<Void>[] helpers = new ForkJoinTask[Math.min(threads, blocks) - 1];
        for (int h = 0; h < helpers.length; h++) helpers[h] = ForkJoinTask.adapt(claim, (Void) null).fork();
        claim.run();
        for (ForkJoinTask<Void> f : helpers) f.join(); // a helper not started yet is run (and finds nothing) here
    }

    /** As {@link #rows(int, int[], long, Rows)} for rows of equal work ({@code macsPerRow} multiply-adds each). */
    static void evenRows(int n, long macsPerRow, Rows body) {
        int threads = JavaKernels.THREADS;
        if (threads == 1 || n < 2 || n * macsPerRow < PARALLEL_MACS) {
            body.run(0, n);
            return;
        }
        int blocks = Math.min(CLAIMED_PER_THREAD * threads, n);
        int[] cut = new int[blocks + 1];
        for (int b = 0; b <= blocks; b++) cut[b] = (int) ((long) n * b / blocks);
        claimed(cut, threads, body);
    }

    /**
     * Runs {@code body} over rows [0, n) in exactly {@code blocks} blocks of about equal work, whatever the number
     * of threads (in parallel when there are several and the work is worth it), so that a kernel that reduces per
     * block and then adds the blocks up in order gets the same sums on every machine.
     */
    static void fixedBlocks(int n, int[] workStart, long macsPerUnit, int blocks, Block body) {
        int[] cut = cuts(n, workStart, Math.max(1, Math.min(blocks, n)));
        long total = workStart[n] - (long) workStart[0];
        if (JavaKernels.THREADS == 1 || total * macsPerUnit < PARALLEL_MACS) {
            for (int b = 0; b + 1 < cut.length; b++) body.run(b, cut[b], cut[b + 1]);
        } else {
            run(cut, body);
        }
    }

    /** Block boundaries: cut[b] .. cut[b+1] holds about 1/blocks of the work. */
    private static int[] cuts(int n, int[] workStart, int blocks) {
        long total = workStart[n] - (long) workStart[0];
        int[] cut = new int[blocks + 1];
        cut[blocks] = n;
        int row = 0;
        for (int b = 1; b < blocks; b++) {
            long target = workStart[0] + total * b / blocks;
            while (row < n && workStart[row + 1] <= target) row++;
            cut[b] = Math.max(row, cut[b - 1]);
        }
        return cut;
    }

    /** The blocks on the common pool, the last one on the caller's thread. */
    private static void run(int[] cut, Block body) {
        int blocks = cut.length - 1;
        @SuppressWarnings("unchecked")
        ForkJoinTask<Void>[] forked = new ForkJoinTask[blocks - 1];
        for (int b = 0; b < blocks - 1; b++) {
            int block = b, from = cut[b], to = cut[b + 1];
            forked[b] = ForkJoinTask.adapt(() -> body.run(block, from, to), (Void) null).fork();
        }
        body.run(blocks - 1, cut[blocks - 1], cut[blocks]);
        for (ForkJoinTask<Void> f : forked) f.join();
    }
}
