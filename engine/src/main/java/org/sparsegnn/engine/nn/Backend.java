package org.sparsegnn.engine.nn;

import org.nd4j.linalg.factory.Nd4j;

/** Which ND4J backend is active; kernels pick their implementation from it. */
public final class Backend {
    private static volatile String name;

    private Backend() {
    }

    /** "CPU", "CUDA" or the backend class name for anything else. */
    public static String name() {
        String n = name;
        if (n == null) {
            String cls = Nd4j.getBackend().getClass().getSimpleName();
            n = cls.startsWith("Cpu") ? "CPU" : cls.contains("Cu") ? "CUDA" : cls;
            name = n;
        }
        return n;
    }

    public static boolean isCpu() {
        return "CPU".equals(name());
    }

    /** One line for logs and summaries, e.g. "CPU (nd4j-native, 2 threads)". */
    public static String describe() {
        return name() + " (" + Nd4j.getBackend().getClass().getName() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)";
    }
}
