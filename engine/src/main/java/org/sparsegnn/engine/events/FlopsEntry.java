package org.sparsegnn.engine.events;

/** FLOPs of one layer, spent in one phase, on one kind of work and one stage. */
public record FlopsEntry(String layer, String phase, FlopsKind kind, FlopsOp op, double flops) {
}
