package org.sparsegnn.engine.sparsity;

/** The dense baseline: no masks, no penalty (FLOPs and final metrics are still reported). */
public final class DenseMethod extends AbstractSparsityMethod {
    @Override
    public String id() {
        return "dense";
    }

    @Override
    public String description() {
        return "Dense baseline (no sparsity)";
    }
}
