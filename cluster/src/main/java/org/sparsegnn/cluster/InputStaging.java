package org.sparsegnn.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sparsegnn.engine.cli.GraphOptions;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.GraphFormatException;

/**
 * Graphs for the trials of one JVM (an executor runs many trials): a {@code --graph} or {@code --data-dir} on a
 * Hadoop file system is copied to a local folder once, then read by the engine's own loaders; the loaded graph
 * (immutable) is kept for the next trial on the same graph.
 */
final class InputStaging {
    private static final Map<String, java.nio.file.Path> LOCAL_COPIES = new ConcurrentHashMap<>();
    private static final Map<String, Graph> GRAPHS = new ConcurrentHashMap<>();

    private InputStaging() {
    }

    /** The graph of these options, loaded once per JVM. */
    static Graph graph(GraphOptions options, Configuration conf) throws GraphFormatException {
        String key = options.name() + "\u0000" + options.graphLocation() + "\u0000" + options.dataDirLocation();
        Graph cached = GRAPHS.get(key);
        if (cached != null) return cached;
        synchronized (InputStaging.class) { // two trials starting together load it once
            cached = GRAPHS.get(key);
            if (cached != null) return cached;
            Graph g = options.load(location -> local(location, conf));
            GRAPHS.put(key, g);
            return g;
        }
    }

    /** A local path for a location: itself when it is on the local disk, else a local copy made once. */
    static java.nio.file.Path local(String location, Configuration conf) {
        URI uri = new Path(location).toUri();
        if (uri.getScheme() == null) return java.nio.file.Path.of(location);
        if (uri.getScheme().equals("file")) return java.nio.file.Path.of(uri);
        return LOCAL_COPIES.computeIfAbsent(location, l -> {
            try {
                Path src = new Path(l);
                FileSystem fs = src.getFileSystem(conf);
                // a Spark temp folder: deleted when the executor stops
                java.nio.file.Path dir = org.apache.spark.util.Utils.createTempDir(System.getProperty("java.io.tmpdir"), "sparsegnn-input").toPath();
                java.nio.file.Path dst = dir.resolve(src.getName());
                fs.copyToLocalFile(false, src, new Path(dst.toUri()), true);
                return dst;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + l + " to this machine: " + e.getMessage(), e);
            }
        });
    }
}
