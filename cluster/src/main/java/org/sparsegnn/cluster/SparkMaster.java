package org.sparsegnn.cluster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which master a sweep runs on, and how often Spark may run a trial's task. Spark's local mode runs a failed task
 * only once unless the master says {@code local[N,maxFailures]}, so a local master gets that form (an explicit
 * {@code local[N,F]} is kept); on a cluster {@code spark.task.maxFailures} says the same.
 */
final class SparkMaster {
    /** Task failures Spark tolerates beyond the trial's own retries: executors lost with a worker. */
    static final int LOST_EXECUTORS_TOLERATED = 4;

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\d+|\\*)])?");

    private SparkMaster() {
    }

    /** The task failures Spark must allow so that a trial gets {@code retries} more tries and survives lost executors. */
    static int maxFailures(int retries) {
        return retries + 1 + LOST_EXECUTORS_TOLERATED;
    }

    /** {@code master} with local mode's failure count filled in; other masters unchanged. */
    static String withMaxFailures(String master, int maxFailures) {
        Matcher m = LOCAL.matcher(master.trim());
        if (!m.matches()) return master;
        String threads = m.group(1) == null ? "1" : m.group(1);
        return "local[" + threads + "," + maxFailures + "]";
    }

    static boolean isLocal(String master) {
        return master.trim().startsWith("local");
    }
}
