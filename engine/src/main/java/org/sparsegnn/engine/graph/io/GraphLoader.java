package org.sparsegnn.engine.graph.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sparsegnn.engine.graph.Graph;

/**
 * One entry point for every supported graph file or folder: {@code GraphLoader.load(path)} picks the loader by
 * extension or folder content and returns a {@link Graph}. Every problem (missing file, malformed or refused
 * content) is a {@link GraphFormatException} whose message is one line naming the file and line, ready to print.
 * <ul>
 *   <li>folder with {@code ind.<name>.graph}, or any {@code ind.<name>.*} file: Planetoid ({@link PlanetoidLoader});</li>
 *   <li>folder with {@code X.content} + {@code X.cites}, or either file: LINQS ({@link LinqsLoader});</li>
 *   <li>folder with {@code edges.tsv}: plain TSV folder ({@link TsvFolderLoader}; also {@code sample-data/*});</li>
 *   <li>{@code .npz}: numpy archive ({@link NpzLoader}); {@code .mtx[.gz]}: MatrixMarket ({@link MatrixMarketLoader});</li>
 *   <li>{@code .txt .tsv .csv .edges .el} (optionally {@code .gz}): edge list ({@link EdgeListLoader}).</li>
 * </ul>
 * Graphs are undirected (symmetric adjacency) unless {@link Options#directed()} is set.
 */
public final class GraphLoader {

    /**
     * @param graphOnly Planetoid: load structure, labels and splits without the feature files
     * @param directed  keep edge directions where the format has them (edge lists, mtx general, LINQS, npz)
     * @param labels    edge lists: optional {@code node label} file
     * @param ids       edge lists: how node ids are interpreted
     */
    public record Options(boolean graphOnly, boolean directed, Path labels, NodeIds.Base ids) {
        public static final Options DEFAULT = new Options(false, false, null, NodeIds.Base.AUTO);

        public Options withGraphOnly(boolean g) {
            return new Options(g, directed, labels, ids);
        }

        public Options withDirected(boolean d) {
            return new Options(graphOnly, d, labels, ids);
        }

        public Options withLabels(Path l) {
            return new Options(graphOnly, directed, l, ids);
        }
    }

    private GraphLoader() {
    }

    public static Graph load(Path path) throws GraphFormatException {
        return load(path, Options.DEFAULT);
    }

    public static Graph load(Path path, Options options) throws GraphFormatException {
        if (!Files.exists(path)) throw new GraphFormatException(path, "no such file or directory");
        if (Files.isDirectory(path)) return loadFolder(path, options);
        String file = path.getFileName().toString();
        String lower = file.toLowerCase(Locale.ROOT);
        Path dir = path.toAbsolutePath().getParent();
        if (file.startsWith("ind.") && file.indexOf('.', 4) > 4) {
            String name = file.substring(4, file.indexOf('.', 4)); // ind.<name>.<part>
            return options.graphOnly() ? PlanetoidLoader.loadGraphOnly(dir, name) : PlanetoidLoader.load(dir, name);
        }
        if (lower.endsWith(".content") || lower.endsWith(".cites")) {
            String stem = file.substring(0, file.lastIndexOf('.'));
            return LinqsLoader.load(dir.resolve(stem + ".content"), dir.resolve(stem + ".cites"), options.directed());
        }
        String plain = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        if (plain.endsWith(".npz")) return NpzLoader.load(path, options.directed());
        if (plain.endsWith(".mtx")) return MatrixMarketLoader.load(path, options.directed());
        if (plain.endsWith(".txt") || plain.endsWith(".tsv") || plain.endsWith(".csv") || plain.endsWith(".edges")
                || plain.endsWith(".el")) {
            return EdgeListLoader.load(path, new EdgeListLoader.Options(options.directed(), options.ids(), options.labels()));
        }
        throw new GraphFormatException(path, "unsupported file type (expected .npz, .mtx, .txt/.tsv/.csv/.edges edge list, "
                + "LINQS .content/.cites, or a Planetoid folder)");
    }

    private static Graph loadFolder(Path dir, Options options) throws GraphFormatException {
        var name = PlanetoidLoader.detectName(dir);
        if (name.isPresent()) {
            return options.graphOnly() ? PlanetoidLoader.loadGraphOnly(dir, name.get()) : PlanetoidLoader.load(dir, name.get());
        }
        Path[] linqs = LinqsLoader.findPair(dir);
        if (linqs != null) return LinqsLoader.load(linqs[0], linqs[1], options.directed());
        if (TsvFolderLoader.looksLike(dir)) return TsvFolderLoader.load(dir, options.directed());
        throw new GraphFormatException(dir, "folder holds no recognised graph (expected Planetoid ind.<name>.* files, "
                + "LINQS <name>.content + <name>.cites, or edges.tsv)");
    }
}
