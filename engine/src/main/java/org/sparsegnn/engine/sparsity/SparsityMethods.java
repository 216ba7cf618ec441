package org.sparsegnn.engine.sparsity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Registry of sparsity methods by CLI id. The only place that maps names to classes. */
public final class SparsityMethods {
    private static final Map<String, Supplier<SparsityMethod>> METHODS = new LinkedHashMap<>();

    static {
        register("dense", DenseMethod::new);
        register("magnitude", MagnitudeMethod::new);
        register("gmp", GmpMethod::new);
        register("admm", AdmmMethod::new);
        register("slr", SlrMethod::new);
        register("set", SetMethod::new);
        register("rigl", RigLMethod::new);
        register("itop", ItopMethod::new);
        register("dst-ee", DstEeMethod::new);
        register("snip", SnipMethod::new);
    }

    private SparsityMethods() {
    }

    public static synchronized void register(String id, Supplier<SparsityMethod> factory) {
        METHODS.put(id, factory);
    }

    public static synchronized List<String> ids() {
        return List.copyOf(METHODS.keySet());
    }

    /** A fresh instance (methods hold per-run state). */
    public static synchronized SparsityMethod create(String id) {
        Supplier<SparsityMethod> f = METHODS.get(id);
        if (f == null) throw new IllegalArgumentException("unknown method '" + id + "'; known: " + String.join(", ", METHODS.keySet()));
        return f.get();
    }

    /** A fresh instance for the spec's method, configured (methodParams read and validated). */
    public static SparsityMethod create(MethodSpec spec) {
        SparsityMethod m = create(spec.method());
        m.configure(spec);
        return m;
    }

    /** The method's parameters (key, default, range, help) for property sheets and --help. */
    public static List<MethodParam> describe(String id) {
        return create(id).params();
    }
}
