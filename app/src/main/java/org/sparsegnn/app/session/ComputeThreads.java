package org.sparsegnn.app.session;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.nn.Backend;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;

/**
 * Keeps one core free for the JavaFX thread while training: the engine's parallel kernels
 * ({@code sparsegnn.threads}), ND4J's OpenMP and BLAS threads and the skip-gram workers all use every core but
 * one. The trainer thread also runs at {@code Thread.MIN_PRIORITY}, but by default the JVM ignores Java priorities
 * on Linux; with {@code -XX:ThreadPriorityPolicy=1} it maps that to nice 4 (allowed without root; the JVM then
 * prints a warning at start), which measured only slightly better pulse gaps (p90 22 vs 25 ms), so it is not the
 * default.
 */
public final class ComputeThreads {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeThreads.class);
    private static boolean nd4jLimited;

    private ComputeThreads() {
    }

    /** Threads training may use: {@code -Dsparsegnn.threads=N} if given, else all cores but one (at least one). */
    public static int forTraining() {
        return Math.max(1, Integer.getInteger("sparsegnn.threads", Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * Sets {@code sparsegnn.threads} unless the user chose a value; cheap, call before the engine's kernels are
     * first used (the engine reads it once).
     */
    public static void limitEngineKernels() {
        if (System.getProperty("sparsegnn.threads") == null) {
            System.setProperty("sparsegnn.threads", Integer.toString(forTraining()));
        }
    }

    /** The loaded ND4J backend, "CPU" or "CUDA" (loads it when nothing has yet). */
    public static String backendName() {
        return Backend.name();
    }

    /** Limits ND4J's OpenMP and BLAS threads (initialises ND4J: call off the FX thread). */
    public static synchronized void limitNd4j() {
        if (nd4jLimited) return;
        nd4jLimited = true;
        int n = forTraining();
        try {
            Nd4j.getEnvironment().setMaxThreads(n);
            Nd4j.getEnvironment().setMaxMasterThreads(n);
            Nd4j.factory().blas().setMaxThreads(n);
            // what actually sizes libnd4j's OpenMP pool once the backend is up (deeplearning4j issue #9668)
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("could not limit ND4J threads to {}: {}", n, e.toString());
        }
    }

    /** The run's configuration with skip-gram workers limited (when it left the count to the engine). */
    public static TrainingConfig limitEmbedding(TrainingConfig c) {
        EmbeddingConfig e = c.embedding();
        if (e.threads() != 0) return c;
        TrainingConfigBuilder b = TrainingConfigBuilder.from(c);
        b.embedding = new EmbeddingConfig(e.method(), e.dimension(), e.walkLength(), e.walksPerNode(), e.window(),
                e.negatives(), e.sgEpochs(), e.p(), e.q(), e.topkPercent(), e.edgeFeature(), e.valFraction(),
                e.testFraction(), forTraining());
        return b.build();
    }
}
