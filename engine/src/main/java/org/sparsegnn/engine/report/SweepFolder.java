package org.sparsegnn.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * A sweep's folder on the local disk: one folder per trial under {@value #TRIALS}/ (see {@link SweepTrial}), each
 * written beside its final place and moved in whole, so a crash never leaves a half-written trial and a rerun
 * trains only what has no summary yet. The merged tables and charts sit at the top ({@link SweepReport}).
 */
public final class SweepFolder {
    public static final String TRIALS = "trials";

    private final Path root;

    public SweepFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * One trial folder found in a sweep folder.
     *
     * @param run     the finished trial, or null (failed, or stopped before it finished)
     * @param dataset the dataset it was trained on ("" when unknown)
     * @param failure its failure record, or null
     */
    public record Trial(String id, Path dir, SweepRun run, String dataset, SweepFailure failure) {
        public boolean finished() {
            return run != null;
        }
    }

    /** Every trial folder of this sweep folder, by id; an unreadable summary counts as not finished. */
    public List<Trial> trials() throws IOException {
        Path trials = root.resolve(TRIALS);
        if (!Files.isDirectory(trials)) throw new IOException(root + ": not a sweep folder (no " + TRIALS + "/ in it)");
        List<Trial> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(trials)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String id = d.getFileName().toString();
                if (id.startsWith(".")) continue; // a trial still being written
                SweepTrial.Stored stored = null;
                SweepFailure failure = null;
                try (InputStream in = Files.newInputStream(d.resolve(SweepTrial.SUMMARY))) {
                    stored = SweepTrial.readSummary(in, d.toString());
                } catch (IOException notFinished) {
                    // no summary, or a damaged one
                }
                try (InputStream in = Files.newInputStream(d.resolve(SweepFailure.FILE))) {
                    failure = SweepFailure.read(in, d.toString());
                } catch (IOException noRecord) {
                    // finished, or stopped without a record
                }
                out.add(new Trial(id, d, stored == null ? null : stored.run(), stored == null ? "" : stored.dataset(), failure));
            }
        }
        return out;
    }

    public Path trialDir(Sweep.Plan plan) {
        return root.resolve(TRIALS).resolve(plan.id());
    }

    /**
     * The finished trial of {@code plan}, or null when it has not finished. A trial made with other settings is
     * refused (IllegalArgumentException naming the difference) rather than mixed into this sweep.
     */
    public SweepRun finished(Sweep.Plan plan, String dataset, TrainingConfig config) throws IOException {
        Path summary = trialDir(plan).resolve(SweepTrial.SUMMARY);
        if (!Files.isRegularFile(summary)) return null;
        SweepTrial.Stored stored;
        try (InputStream in = Files.newInputStream(summary)) {
            stored = SweepTrial.readSummary(in, summary.toString());
        }
        checkSameSweep(stored, dataset, config, trialDir(plan).toString());
        return stored.run();
    }

    /** Refuses a stored trial of another sweep with one sentence saying where and what differs. */
    public static void checkSameSweep(SweepTrial.Stored stored, String dataset, TrainingConfig config, String where) {
        String diff = SweepTrial.mismatch(stored, dataset, config);
        if (diff != null) {
            throw new IllegalArgumentException(where + " was made by another sweep (" + diff
                    + "): give another --out, or delete that folder");
        }
    }

    /**
     * Runs {@code plan} into its trial folder. A failed run leaves a folder with its log and {@value SweepFailure#FILE}
     * (this attempt added to earlier ones) and throws.
     */
    public SweepRun run(Graph graph, String dataset, Sweep.Plan plan, TrainingConfig config, String sweepId,
                        TrainingListener listener) throws SweepTrial.Failed, IOException {
        Path target = trialDir(plan);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + plan.id() + ".tmp-");
        try {
            readableByOthers(tmp);
            try {
                SweepRun run = SweepTrial.run(graph, dataset, plan, config, tmp, List.of("in-process sweep " + sweepId), listener);
                replace(tmp, target);
                return run;
            } catch (SweepTrial.Failed f) {
                SweepFailure before = previousFailure(plan);
                Files.write(tmp.resolve(SweepFailure.FILE),
                        before.plus(new SweepFailure.Attempt(sweepId, "in-process", f.getMessage())).toJson());
                replace(tmp, target);
                throw f;
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** The failure record of {@code plan}'s trial, or null when it has none. */
    public SweepFailure failure(Sweep.Plan plan) throws IOException {
        Path f = trialDir(plan).resolve(SweepFailure.FILE);
        if (!Files.isRegularFile(f)) return null;
        try (InputStream in = Files.newInputStream(f)) {
            return SweepFailure.read(in, f.toString());
        }
    }

    private SweepFailure previousFailure(Sweep.Plan plan) {
        try {
            SweepFailure f = failure(plan);
            if (f != null) return f;
        } catch (IOException unreadable) { // a damaged record only loses the earlier attempts' count
        }
        return new SweepFailure(plan.id(), List.of());
    }

    /** The temporary folder becomes the trial's: as readable as any other folder the user makes. */
    private static void readableByOthers(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void replace(Path complete, Path target) throws IOException {
        deleteTree(target);
        Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a folder and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
