package org.sparsegnn.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sparsegnn.engine.record.EventJson;

/**
 * A trial that failed: the {@value #FILE} of its folder (beside its {@value SweepTrial#LOG}), one entry per failed
 * attempt, so retries and reruns can count and show them.
 *
 * @param trial    the trial's id ({@link Sweep.Plan#id()})
 * @param attempts every failed attempt so far, oldest first
 */
public record SweepFailure(String trial, List<Attempt> attempts) {
    public static final String FILE = "failure.json";

    /**
     * One failed attempt.
     *
     * @param sweep   which invocation of the sweep made it (reruns start their retry count afresh)
     * @param where   where it ran, e.g. "executor 1 on 10.0.0.7" or "in-process"
     * @param message the error in one line
     */
    public record Attempt(String sweep, String where, String message) {
    }

    public SweepFailure {
        attempts = List.copyOf(attempts);
    }

    /** This record with one more attempt. */
    public SweepFailure plus(Attempt a) {
        List<Attempt> all = new ArrayList<>(attempts);
        all.add(a);
        return new SweepFailure(trial, all);
    }

    /** The last attempt's message. */
    public String message() {
        return attempts.isEmpty() ? "" : attempts.get(attempts.size() - 1).message();
    }

    /** Attempts made by one invocation of the sweep. */
    public long attemptsBy(String sweep) {
        return attempts.stream().filter(a -> a.sweep().equals(sweep)).count();
    }

    public byte[] toJson() {
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a {@value #FILE}; {@code where} names it in the error message. */
    public static SweepFailure read(InputStream in, String where) throws IOException {
        try {
            SweepFailure f = EventJson.mapper().readValue(in, SweepFailure.class);
            if (f.trial() == null) throw new IOException(where + ": not a failed-trial record");
            return f;
        } catch (JsonProcessingException e) {
            throw new IOException(where + ": not a failed-trial record (" + e.getOriginalMessage() + ")");
        }
    }
}
