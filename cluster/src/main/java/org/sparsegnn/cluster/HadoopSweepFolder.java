package org.sparsegnn.cluster;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepFailure;
import org.sparsegnn.engine.report.SweepFolder;
import org.sparsegnn.engine.report.SweepTrial;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * The engine's sweep folder layout ({@link SweepFolder}) on any Hadoop file system: local paths, {@code hdfs://},
 * {@code s3a://} (with its connector on the class path). A trial is uploaded beside its final place and renamed in
 * whole (atomic on HDFS and local disks; on object stores the rename copies, and the summary, uploaded as one
 * object, still decides whether a trial finished). A finished trial is never replaced.
 */
final class HadoopSweepFolder {
    private final FileSystem fs;
    private final Path root;

    HadoopSweepFolder(String location, Configuration conf) throws IOException {
        Path p = new Path(location);
        this.fs = p.getFileSystem(conf);
        this.root = fs.makeQualified(p);
        fs.setWriteChecksum(false); // no .crc files beside the trial's files on local disks
    }

    Path root() {
        return root;
    }

    FileSystem fs() {
        return fs;
    }

    Path trialDir(String trial) {
        return new Path(new Path(root, SweepFolder.TRIALS), trial);
    }

    /** Refuses an OUT that exists and is not a folder. */
    void checkIsFolder() throws IOException {
        if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
            throw new IllegalArgumentException("--out " + root + " exists and is not a folder");
        }
    }

    /** The finished trial, or null; a trial of another sweep is refused (see {@link SweepFolder#checkSameSweep}). */
    SweepTrial.Stored finished(Sweep.Plan plan, String dataset, TrainingConfig config) throws IOException {
        Path summary = new Path(trialDir(plan.id()), SweepTrial.SUMMARY);
        SweepTrial.Stored stored;
        try (InputStream in = fs.open(summary)) {
            stored = SweepTrial.readSummary(in, summary.toString());
        } catch (FileNotFoundException notFinished) {
            return null;
        }
        SweepFolder.checkSameSweep(stored, dataset, config, trialDir(plan.id()).toString());
        return stored;
    }

    /** The trial's failure record, or null. */
    SweepFailure failure(String trial) throws IOException {
        Path f = new Path(trialDir(trial), SweepFailure.FILE);
        try (InputStream in = fs.open(f)) {
            return SweepFailure.read(in, f.toString());
        } catch (FileNotFoundException none) {
            return null;
        }
    }

    /**
     * Moves a complete local trial folder into place. Returns false (and leaves the finished one) when another
     * attempt of the same trial finished first.
     */
    boolean commit(String trial, java.nio.file.Path local) throws IOException {
        Path target = trialDir(trial);
        Path tmp = new Path(target.getParent(), "." + trial + ".tmp-" + UUID.randomUUID());
        fs.mkdirs(tmp);
        try {
            List<java.nio.file.Path> files = new ArrayList<>(listFiles(local));
            // the summary last: on object stores, where the rename below copies, it alone says "finished"
            files.sort(Comparator.comparing(f -> f.getFileName().toString().equals(SweepTrial.SUMMARY)));
            for (java.nio.file.Path file : files) {
                fs.copyFromLocalFile(false, true, new Path(file.toUri()), new Path(tmp, file.getFileName().toString()));
            }
            if (fs.exists(new Path(target, SweepTrial.SUMMARY))) return false;
            if (fs.exists(target)) fs.delete(target, true); // an earlier failure record or an incomplete leftover
            if (!fs.rename(tmp, target)) {
                if (fs.exists(new Path(target, SweepTrial.SUMMARY))) return false;
                throw new IOException("cannot move " + tmp + " to " + target);
            }
            return true;
        } finally {
            if (fs.exists(tmp)) fs.delete(tmp, true);
        }
    }

    /** The bytes of one file of a trial's folder. */
    byte[] read(String trial, String file) throws IOException {
        try (InputStream in = fs.open(new Path(trialDir(trial), file))) {
            return in.readAllBytes();
        }
    }

    /** Copies the merged report's files (a local folder) to the top of the sweep folder, replacing older ones. */
    void publish(java.nio.file.Path localReport) throws IOException {
        fs.mkdirs(root);
        for (java.nio.file.Path file : listFiles(localReport)) {
            fs.copyFromLocalFile(false, true, new Path(file.toUri()), new Path(root, file.getFileName().toString()));
        }
    }

    /** Whether a file or folder exists at a location given by the user (a graph, a data folder). */
    static boolean exists(String location, Configuration conf) throws IOException {
        Path p = new Path(location);
        return p.getFileSystem(conf).exists(p);
    }

    private static List<java.nio.file.Path> listFiles(java.nio.file.Path dir) throws IOException {
        try (var s = java.nio.file.Files.list(dir)) {
            return s.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
    }
}
