package org.sparsegnn.engine.graph.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sparsegnn.engine.graph.Graph;

/**
 * One entry point for every supported graph file or folder: {@code GraphLoader.load(path)} picks the loader by
 * extension or folder content and returns a {@link Graph}; every problem (missing file, malformed or refused
 * content) is a {@link GraphFormatException} whose message is one line naming the file and line.
 * <ul>
 *   <li>a folder with {@code ind.<name>.graph}: Planetoid ({@link PlanetoidLoader}); a path
 *       {@code .../ind.<name>.<part>} selects that folder too;</li>
 * </ul>
 */
public final class GraphLoader {

    /**
     * @param graphOnly Planetoid: load structure, labels and splits without the feature files
     */
    public record Options(boolean graphOnly) {
        public static final Options DEFAULT = new Options(false);
    }

    private GraphLoader() {
    }

    public static Graph load(Path path) throws GraphFormatException {
        return load(path, Options.DEFAULT);
    }

    public static Graph load(Path path, Options options) throws GraphFormatException {
        if (!Files.exists(path)) throw new GraphFormatException(path, "no such file or directory");
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isDirectory(path) || file.startsWith("ind.")) {
            var name = PlanetoidLoader.detectName(dir);
            if (name.isPresent()) {
                return options.graphOnly() ? PlanetoidLoader.loadGraphOnly(dir, name.get()) : PlanetoidLoader.load(dir, name.get());
            }
        }
        throw new GraphFormatException(path, "unsupported graph file or folder (expected a folder with Planetoid ind.<name>.* files)");
    }
}
