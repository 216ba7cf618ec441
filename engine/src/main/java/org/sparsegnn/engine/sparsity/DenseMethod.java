package org.sparsegnn.engine.sparsity;

/** The dense baseline: no masks, no penalty. */
public final class DenseMethod implements SparsityMethod {
    @Override
    public String id() {
        return "dense";
    }
}
