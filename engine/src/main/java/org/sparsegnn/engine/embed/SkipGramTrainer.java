package org.sparsegnn.engine.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sparsegnn.engine.graph.DenseMatrix;

/**
 * Skip-gram with negative sampling (word2vec's SGNS) over a {@link WalkCorpus}, written over plain float arrays.
 * Threads update the shared arrays without locks (Hogwild, as the reference C word2vec does): with one thread
 * a seed reproduces the result bit for bit, with several the interleaving makes runs differ slightly.
 * Thread t trains walks t, t+T, t+2T, … of each epoch; the learning rate decays linearly with the tokens done.
 * Chosen over deeplearning4j-nlp's Word2Vec because it is several times faster here and needs no extra jars
 * (see the numbers in SkipGramBenchmark / the project notes).
 */
public final class SkipGramTrainer {
    private static final int EXP_TABLE_SIZE = 1000;
    private static final float MAX_EXP = 6f;
    private static final float[] SIGMOID = new float[EXP_TABLE_SIZE];

    static {
        for (int i = 0; i < EXP_TABLE_SIZE; i++) {
            double e = Math.exp((i / (double) EXP_TABLE_SIZE * 2 - 1) * MAX_EXP);
            SIGMOID[i] = (float) (e / (e + 1));
        }
    }

    /** σ(f) from word2vec's table, saturating to exactly 0 / 1 outside ±6 (and at the edges themselves). */
    static float sigmoid(float f) {
        if (f >= MAX_EXP) return 1f;
        if (f <= -MAX_EXP) return 0f;
        int i = (int) ((f + MAX_EXP) * (EXP_TABLE_SIZE / MAX_EXP / 2));
        return SIGMOID[Math.min(EXP_TABLE_SIZE - 1, i)];
    }

    private final WalkCorpus corpus;
    private final EmbeddingParams params;
    private final EmbeddingProgress progress;
    private volatile boolean stop;

    public SkipGramTrainer(WalkCorpus corpus, EmbeddingParams params, EmbeddingProgress progress) {
        this.corpus = corpus;
        this.params = params;
        this.progress = progress;
    }

    /** Trains and returns the input vectors (n × dimension). Interrupting the caller cancels the workers. */
    public DenseMatrix train() {
        int n = corpus.numNodes();
        int dim = params.dimension();
        int threads = params.effectiveThreads();
        long[] counts = countTokens(threads);
        long corpusTokens = 0;
        for (long c : counts) corpusTokens += c;
        NegativeTable table = new NegativeTable(counts, NegativeTable.sizeFor(n));

        float[] syn0 = new float[n * dim];
        float[] syn1 = new float[n * dim];
        SplittableRandom init = new SplittableRandom(params.seed());
        for (int i = 0; i < syn0.length; i++) syn0[i] = (float) ((init.nextDouble() - 0.5) / dim);

        long totalTokens = corpusTokens * params.epochs();
        AtomicLong done = new AtomicLong();
        AtomicInteger reported = new AtomicInteger(-1);
        runParallel(threads, t -> {
            Worker w = new Worker(t, threads, syn0, syn1, table, done, totalTokens, reported);
            for (int epoch = 0; epoch < params.epochs() && !stop; epoch++) w.trainEpoch(epoch);
        });
        progress.update("skip-gram", 1.0);
        return new DenseMatrix(n, dim, syn0);
    }

    /** How often each node occurs in the corpus (for the unigram^0.75 negative table). */
    private long[] countTokens(int threads) {
        int n = corpus.numNodes();
        long[][] perThread = new long[threads][n];
        AtomicLong walksDone = new AtomicLong();
        AtomicInteger reported = new AtomicInteger(-1);
        long numWalks = corpus.numWalks();
        runParallel(threads, t -> {
            int[] buf = new int[corpus.maxWalkLength()];
            long[] counts = perThread[t];
            for (long i = t; i < numWalks && !stop; i += threads) {
                int len = corpus.walk(i, buf);
                for (int k = 0; k < len; k++) counts[buf[k]]++;
                if ((i / threads) % 1024 == 0) report("walks", walksDone.addAndGet(1024), numWalks, reported);
            }
        });
        long[] total = new long[n];
        for (long[] c : perThread) for (int v = 0; v < n; v++) total[v] += c[v];
        return total;
    }

    private void report(String stage, long done, long total, AtomicInteger reported) {
        int pct = (int) Math.min(100, done * 100 / Math.max(1, total));
        int last = reported.get();
        if (pct > last && reported.compareAndSet(last, pct)) progress.update(stage, pct / 100.0);
    }

    private interface ThreadBody {
        void run(int thread);
    }

    private void runParallel(int threads, ThreadBody body) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "skipgram");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                futures.add(pool.submit(() -> body.run(id)));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            stop = true;
            Thread.currentThread().interrupt();
            throw new CancellationException("embedding cancelled");
        } catch (ExecutionException e) {
            stop = true;
            throw new IllegalStateException("skip-gram worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's share of the training, with its own negative-sampling random source. */
    private final class Worker {
        private final int thread;
        private final int threads;
        private final float[] syn0;
        private final float[] syn1;
        private final NegativeTable table;
        private final AtomicLong done;
        private final long totalTokens;
        private final AtomicInteger reported;
        private final int dim = params.dimension();
        private final int[] walk = new int[corpus.maxWalkLength()];
        private final float[] neu1e = new float[params.dimension()];
        private final SplittableRandom rng;
        private float alpha;

        Worker(int thread, int threads, float[] syn0, float[] syn1, NegativeTable table, AtomicLong done,
               long totalTokens, AtomicInteger reported) {
            this.thread = thread;
            this.threads = threads;
            this.syn0 = syn0;
            this.syn1 = syn1;
            this.table = table;
            this.done = done;
            this.totalTokens = totalTokens;
            this.reported = reported;
            this.rng = new SplittableRandom(params.seed() * 31 + thread + 1);
            this.alpha = (float) params.learningRate();
        }

        void trainEpoch(int epoch) {
            long numWalks = corpus.numWalks();
            long pending = 0;
            for (long i = thread; i < numWalks && !stop; i += threads) {
                int len = corpus.walk(i, walk);
                for (int pos = 0; pos < len; pos++) trainPosition(pos, len);
                pending += len;
                if (pending >= 10_000) {
                    long now = done.addAndGet(pending);
                    pending = 0;
                    double lr = params.learningRate() * Math.max(1e-4, 1.0 - (double) now / (totalTokens + 1));
                    alpha = (float) lr;
                    report("skip-gram", now, totalTokens, reported);
                }
            }
            done.addAndGet(pending);
        }

        /** word2vec's skip-gram step: every context word in a shrunk window predicts the centre node. */
        private void trainPosition(int pos, int len) {
            int center = walk[pos];
            int b = rng.nextInt(params.window());
            int window = params.window() - b;
            for (int j = Math.max(0, pos - window); j <= Math.min(len - 1, pos + window); j++) {
                if (j == pos) continue;
                trainPair(walk[j], center);
            }
        }

        private void trainPair(int context, int center) {
            int l1 = context * dim;
            Arrays.fill(neu1e, 0f);
            for (int d = 0; d <= params.negatives(); d++) {
                int target;
                float label;
                if (d == 0) {
                    target = center;
                    label = 1f;
                } else {
                    target = table.get(rng.nextInt(table.size()));
                    if (target == center) continue;
                    label = 0f;
                }
                int l2 = target * dim;
                float f = 0f;
                for (int c = 0; c < dim; c++) f += syn0[l1 + c] * syn1[l2 + c];
                float g = (label - sigmoid(f)) * alpha;
                for (int c = 0; c < dim; c++) neu1e[c] += g * syn1[l2 + c];
                for (int c = 0; c < dim; c++) syn1[l2 + c] += g * syn0[l1 + c];
            }
            for (int c = 0; c < dim; c++) syn0[l1 + c] += neu1e[c];
        }
    }
}
