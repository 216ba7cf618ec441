package org.sparsegnn.app.sweep;

import java.nio.file.Path;

/**
 * One trial of a sweep folder opened in the sweep view.
 *
 * @param sweep        the sweep folder's name
 * @param trial        the trial's id, e.g. rigl_s0.9_seed0
 * @param testAccuracy test accuracy at the best validation epoch (NaN unless finished)
 * @param flopsRatio   counted training FLOPs / dense (NaN unless finished)
 * @param status       "finished", "failed (N attempts): message" or "not finished"
 * @param dir          the trial's run folder
 */
public record TrialRow(String sweep, String trial, String method, double sparsity, long seed, double testAccuracy,
                       double flopsRatio, String status, Path dir) {
}
