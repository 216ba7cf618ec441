package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.graph.Graph;

/**
 * Datasets by name. {@code new DatasetRegistry(dir).load("cora", listener)} looks for the files under {@code dir}
 * (the folder itself, {@code dir/<name>/} or {@code dir/<name>/planetoid/}, so both a folder of {@code ind.cora.*}
 * files and the shared data folder work) and, for the Planetoid sets, downloads what is missing from
 * {@code <baseUrl>ind.<name>.<part>} into {@code dir/<name>/}, each file checked against its pinned SHA-256 and
 * renamed into place only when it matches (see {@link VerifiedDownload}).
 * <ul>
 *   <li>downloadable: {@code cora}, {@code citeseer}, {@code pubmed} (PubMed's {@code allx} has no pinned hash
 *       here, so it is never downloaded: put it into the folder yourself, or load graph-only);</li>
 *   <li>local only, laid out as in the shared data folder: {@code karate}, {@code email-eu-core},
 *       {@code cora_ml}, {@code polblogs}, {@code facebook}, {@code ca-astroph}, {@code slashdot},
 *       {@code ia-email-eu}, {@code brain-cat};</li>
 *   <li>embedded samples (no files needed): the names of {@link SampleGraphs}.</li>
 * </ul>
 * Defaults: folder = system property {@code sparsegnn.cache}, else {@code ~/.cache/sparsegnn}; base URL = system
 * property {@code sparsegnn.datasetUrl}, else {@link #DEFAULT_BASE_URL}.
 */
public final class DatasetRegistry {
    public static final String DEFAULT_BASE_URL = "https://github.com/kimiyoung/planetoid/raw/master/data/";
    public static final List<String> PLANETOID_PARTS = List.of("x", "y", "tx", "ty", "allx", "ally", "graph", "test.index");

    /** A pinned file: SHA-256 and size of the canonical bytes (null hash = not downloadable). */
    public record PinnedFile(String name, String sha256, long size) {
    }

    private static final Map<String, List<PinnedFile>> PLANETOID = new LinkedHashMap<>();
    private static final Map<String, String> LOCAL = new LinkedHashMap<>();

    static {
        Map<String, PinnedFile> pins = readPins();
        for (String name : List.of("cora", "citeseer", "pubmed")) {
            List<PinnedFile> files = new ArrayList<>();
            for (String part : PLANETOID_PARTS) {
                String file = "ind." + name + "." + part;
                files.add(pins.getOrDefault(file, new PinnedFile(file, null, -1)));
            }
            PLANETOID.put(name, List.copyOf(files));
        }
        LOCAL.put("karate", "karate");
        LOCAL.put("email-eu-core", "email-Eu-core/email-Eu-core.txt");
        LOCAL.put("cora_ml", "cora_ml/npz/cora_ml.npz");
        LOCAL.put("polblogs", "polblogs/npz/polblogs.npz");
        LOCAL.put("facebook", "facebook_combined/facebook_combined.txt.gz");
        LOCAL.put("ca-astroph", "ca-AstroPh/ca-AstroPh.txt.gz");
        LOCAL.put("slashdot", "soc-Slashdot0902/soc-Slashdot0902.txt.gz");
        LOCAL.put("ia-email-eu", "ia-email-EU/ia-email-EU.mtx");
        LOCAL.put("brain-cat", "bn-cat-mixed-species_brain_1/bn-cat-mixed-species_brain_1.edges");
    }

    /** Reads {@code planetoid.sha256} ("sha256  size  name" lines) from the class path. */
    private static Map<String, PinnedFile> readPins() {
        Map<String, PinnedFile> pins = new LinkedHashMap<>();
        try (var in = DatasetRegistry.class.getResourceAsStream("planetoid.sha256")) {
            if (in == null) throw new IllegalStateException("planetoid.sha256 missing from the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split("\\s+");
                pins.put(f[2], new PinnedFile(f[2], f[0], Long.parseLong(f[1])));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read planetoid.sha256", e);
        }
        return pins;
    }

    private final Path dir;
    private final URI baseUrl;

    /** Registry over {@code dir} with the default (or {@code sparsegnn.datasetUrl}) download location. */
    public DatasetRegistry(Path dir) {
        this(dir, URI.create(System.getProperty("sparsegnn.datasetUrl", DEFAULT_BASE_URL)));
    }

    public DatasetRegistry(Path dir, URI baseUrl) {
        this.dir = dir;
        String s = baseUrl.toString();
        this.baseUrl = URI.create(s.endsWith("/") ? s : s + "/");
    }

    /** The default cache: {@code sparsegnn.cache} or {@code ~/.cache/sparsegnn}. */
    public static DatasetRegistry defaults() {
        return new DatasetRegistry(defaultCacheDir());
    }

    public static Path defaultCacheDir() {
        String p = System.getProperty("sparsegnn.cache");
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache", "sparsegnn");
    }

    /** All names this registry knows. */
    public static List<String> names() {
        List<String> all = new ArrayList<>(PLANETOID.keySet());
        all.addAll(LOCAL.keySet());
        all.addAll(SampleGraphs.names());
        return all;
    }

    /** Pinned files of a downloadable dataset (empty for others). */
    public static List<PinnedFile> pinnedFiles(String name) {
        return PLANETOID.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public Path dir() {
        return dir;
    }

    /** Loads a dataset with features, downloading missing Planetoid files. */
    public Graph load(String name, DownloadListener listener) throws GraphFormatException {
        return load(name, false, listener);
    }

    /**
     * @param graphOnly Planetoid: structure, labels and split without features (PubMed without {@code allx})
     */
    public Graph load(String name, boolean graphOnly, DownloadListener listener) throws GraphFormatException {
        String key = name.toLowerCase(Locale.ROOT);
        if (SampleGraphs.names().contains(key)) return SampleGraphs.load(key);
        if (PLANETOID.containsKey(key)) {
            Path folder = ensurePlanetoid(key, graphOnly, listener);
            return graphOnly ? PlanetoidLoader.loadGraphOnly(folder, key) : PlanetoidLoader.load(folder, key);
        }
        String rel = LOCAL.get(key);
        if (rel == null) {
            throw new GraphFormatException(null, 0, "unknown dataset '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        Path p = dir.resolve(rel);
        if (!Files.exists(p)) {
            throw new GraphFormatException(p, "dataset '" + key + "' is not downloadable; expected it at this path under " + dir);
        }
        GraphLoader.Options o = GraphLoader.Options.DEFAULT;
        if (key.equals("email-eu-core")) o = o.withLabels(p.resolveSibling("email-Eu-core-department-labels.txt"));
        return GraphLoader.load(p, o).withName(key);
    }

    /** Where the Planetoid files of {@code name} are (or would be downloaded to). */
    public Path planetoidFolder(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Path c : List.of(dir, dir.resolve(key), dir.resolve(key).resolve("planetoid"))) {
            if (Files.isRegularFile(PlanetoidLoader.part(c, key, "graph"))) return c;
        }
        return dir.resolve(key);
    }

    /** Makes sure every needed file is present locally, downloading (verified) what is missing. */
    public Path ensurePlanetoid(String name, boolean graphOnly, DownloadListener listener) throws GraphFormatException {
        String key = name.toLowerCase(Locale.ROOT);
        List<PinnedFile> files = PLANETOID.get(key);
        if (files == null) throw new GraphFormatException(null, 0, "'" + name + "' is not a Planetoid dataset");
        Path folder = planetoidFolder(key);
        for (PinnedFile f : files) {
            Path target = folder.resolve(f.name());
            if (Files.isRegularFile(target)) continue;
            boolean feature = f.name().endsWith(".x") || f.name().endsWith(".tx") || f.name().endsWith(".allx");
            if (graphOnly && feature) continue;
            if (f.sha256() == null) {
                throw new GraphFormatException(target, "missing, and no pinned SHA-256 is known for it, so it is not "
                        + "downloaded; place the file there yourself or load '" + key + "' graph-only");
            }
            try {
                VerifiedDownload.fetch(baseUrl.resolve(f.name()), target, f.sha256(), f.size(), listener);
            } catch (GraphFormatException e) {
                if (e.getCause() == null || !ErrorMessages.isNetworkProblem(e.getCause())) throw e;
                throw new GraphFormatException(null, 0, "cannot download " + key + " from " + baseUrl.getHost() + ": "
                        + ErrorMessages.describe(e.getCause()) + ". To work offline, put its files " + fileNames(files) + " into "
                        + folder.toAbsolutePath() + ", or name a folder holding them with --data-dir DIR (CLI) or "
                        + "-Dsparsegnn.data=DIR (app)", e);
            }
        }
        return folder;
    }

    private static String fileNames(List<PinnedFile> files) {
        return String.join(", ", files.stream().map(PinnedFile::name).toList());
    }

    /** The local folder or file of a dataset if everything it needs is already present. */
    public Optional<Path> findLocal(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (PLANETOID.containsKey(key)) {
            Path f = planetoidFolder(key);
            return PLANETOID.get(key).stream().allMatch(p -> Files.isRegularFile(f.resolve(p.name()))) ? Optional.of(f) : Optional.empty();
        }
        String rel = LOCAL.get(key);
        return rel != null && Files.exists(dir.resolve(rel)) ? Optional.of(dir.resolve(rel)) : Optional.empty();
    }
}
