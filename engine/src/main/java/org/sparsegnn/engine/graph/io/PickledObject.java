package org.sparsegnn.engine.graph.io;

/**
 * Marker for the only Java objects a pickle may construct and BUILD (see {@link SafeUnpickler}). Public because
 * the pickle library calls {@code __setstate__} on implementations by reflection.
 */
public interface PickledObject {
}
