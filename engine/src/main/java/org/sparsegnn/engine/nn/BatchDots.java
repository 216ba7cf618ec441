package org.sparsegnn.engine.nn;

/**
 * The reductions along the batch that the sparse-weight kernels need (dot products for the weight gradient,
 * sums for the bias gradient). Two implementations: {@link VectorDots} with the JDK's Vector API (SIMD lanes
 * accumulate separately, 3–4× faster here) when the JVM runs with {@code --add-modules jdk.incubator.vector},
 * else plain Java with several accumulators ({@link ScalarDots}): the JIT keeps float additions in order, so it
 * does not turn a reduction into SIMD code by itself.
 */
interface BatchDots {
    /** out[e .. e+3] = x · d0, …, x · d3 over the first n entries. */
    void dot4(float[] x, float[] d0, float[] d1, float[] d2, float[] d3, float[] out, int e, int n);

    /** Σ v[0 .. n). */
    float sum(float[] v, int n);

    /** The implementation in use: vector when the module is there and {@code sparsegnn.vector} is not "false". */
    BatchDots INSTANCE = pick();

    /** "vector (8 float lanes)" or "scalar (…)", for logs and the bench output. */
    static String describe() {
        return INSTANCE.toString();
    }

    private static BatchDots pick() {
        boolean wanted = !"false".equals(System.getProperty("sparsegnn.vector"));
        if (wanted && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (BatchDots) Class.forName("org.sparsegnn.engine.nn.VectorDots").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return new ScalarDots("scalar (the Vector API failed to load: " + e + ")");
            }
        }
        return new ScalarDots(wanted ? "scalar (start the JVM with --add-modules jdk.incubator.vector for SIMD dot products)"
                : "scalar (sparsegnn.vector=false)");
    }
}
