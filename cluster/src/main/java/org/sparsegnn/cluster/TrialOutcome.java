package org.sparsegnn.cluster;

import java.io.Serializable;

/**
 * What one Spark task hands back to the driver: the trial's {@code summary.json} when it finished, or its
 * {@code failure.json} after the last allowed attempt failed.
 *
 * @param index   the trial's position in the sweep's plan
 * @param where   where the last attempt ran ("executor 1 on host")
 * @param summary the summary's bytes, or null
 * @param failure the failure record's bytes, or null
 * @param reused  true when an earlier attempt had already finished the trial (nothing was trained)
 */
record TrialOutcome(int index, String where, byte[] summary, byte[] failure, boolean reused) implements Serializable {
    boolean finished() {
        return summary != null;
    }
}
