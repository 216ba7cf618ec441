package org.sparsegnn.engine.graph.io;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        // computed from /work/shared/data/*/planetoid, byte-identical to kimiyoung/planetoid@af6abf4 data/
        PLANETOID.put("cora", List.of(
                pin("ind.cora.x", "23cfa55d91c6f624233f5eb7b6e3f141f1bd2b2ae39608a63cf5d084bb27baab", 22119),
                pin("ind.cora.y", "94465c14eb53e04ca262198dcbb2521ee8af60fb3f3d546cd6ca24a511b0e7d1", 4054),
                pin("ind.cora.tx", "b9afbaa4a400df991f6f02ef677e1e44da55ffc04801fd02f9e673987829226a", 148025),
                pin("ind.cora.ty", "41f5ac76596a1699cc33f53084a2419e92961c42bb75f36fc38e616d348532ad", 28135),
                pin("ind.cora.allx", "9419ba2f26f5c35243db64aba110e0f35a04851609e0dc5433450676ca6b8543", 257305),
                pin("ind.cora.ally", "2b998f5cc7fedc86e7f97ca2498f47a1ffc1462c29e2d578b23bf3f62b6e7d71", 47959),
                pin("ind.cora.graph", "58f13302f39dde8852dad6fe6d15b89b077b6d7f837626bce671ef80344b383d", 59847),
                pin("ind.cora.test.index", "297ce89af2b51a6a194181c7dbe1796c6a1cf9cd9349a88383b1b1e227867875", 5000)));
        PLANETOID.put("citeseer", List.of(
                pin("ind.citeseer.x", "d20de19150741e555de0ed037195630fc194114ebc7fd72ced62810148aa22f6", 31087),
                pin("ind.citeseer.y", "8ba87e515d8e3ee3cf52f6d2c5b86aa73f11ecad825a808455209ec26cd54924", 3014),
                pin("ind.citeseer.tx", "539a8906a2da97628d212f2fdd668c109a8b3f0d36574b59e5d3fd5b5303da21", 260321),
                pin("ind.citeseer.ty", "55e5bd1ba1e733a04598753ad1a8d57957f4b8f89e74519f41f4f4938767e4ce", 24135),
                pin("ind.citeseer.allx", "2ac30345d95c9ec933a817ee0bdd6a5f077f8c184a20e696910192d534414668", 595021),
                pin("ind.citeseer.ally", "f704b2d986dde6c2669934de1f3ae5696a6cf9455c0f6b2646a2d135ea0a1c95", 55623),
                pin("ind.citeseer.graph", "d79a4ef9d3e7169aee8946145f6b7306e35bc79bffad26346cfb94e10e9912a7", 61987),
                pin("ind.citeseer.test.index", "2af990671580b6b2df5d158d1038f8292e30c9cd821b5453f399659b25b723d4", 5000)));
        PLANETOID.put("pubmed", List.of(
                pin("ind.pubmed.x", "fbe9cb5c47200d1b7769a26e579be3b7130b556831f9d850e77c4c74f2599b33", 23172),
                pin("ind.pubmed.y", "e6c807633307a07ed659249006536a147c7999c797f11a2560752990181b41b3", 854),
                pin("ind.pubmed.tx", "4eb5f5d0f30f26497eb0ac6ac9719d09c67e284f1ed0385c93f3ef27a671da3d", 405505),
                pin("ind.pubmed.ty", "ee2e0d4819d9fbcc403689c3bf2e49face401b605932f093bc58ab6461130fdd", 12135),
                new PinnedFile("ind.pubmed.allx", null, -1),
                pin("ind.pubmed.ally", "0c37bbe3b5014ec365e9d393cf4791925e5ed94fb194305d74f064a8d7b50f0e", 224739),
                pin("ind.pubmed.graph", "5b89f0036ca22909471f1e6558eb42fa06e0c730a577bde5b058b40638f81dc9", 471808),
                pin("ind.pubmed.test.index", "b101d421688bbaecbd82e8a18f1e282378d6830f3a37666f28ebc47f844341b5", 6000)));
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

    private static PinnedFile pin(String name, String sha, long size) {
        return new PinnedFile(name, sha, size);
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

    public static boolean isKnown(String name) {
        return names().contains(name.toLowerCase(Locale.ROOT));
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
            VerifiedDownload.fetch(baseUrl.resolve(f.name()), target, f.sha256(), f.size(), listener);
        }
        return folder;
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
