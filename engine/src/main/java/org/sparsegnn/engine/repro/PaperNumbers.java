package org.sparsegnn.engine.repro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers the paper states in its text (Peng, Gurevin et al., ICCD 2022; the project keeps the text as
 * {@code shared/seeds/000_55250d2724af0b39.txt}), transcribed with where each comes from. Fig. 5, 6 and 7 are
 * images that the text does not contain, so their curves cannot be compared point by point; the text's claims
 * about them are listed in {@link Claims}. {@link #parseTableTwo} reads Table II from the text itself, and a test
 * checks the transcription against it whenever the text is at hand.
 */
public final class PaperNumbers {
    /** §V-A: "We set the model parameter sparsity as 0.125, 0.25, …, 0.969" (seed text line 240). */
    public static final List<Double> SPARSITIES = List.of(0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 0.906, 0.938, 0.969);
    public static final String SPARSITIES_SOURCE = "§V-A (seed text line 240)";

    /** §IV-B: top-k % of embedding entries kept per dataset (seed text line 222). */
    public static final Map<String, Double> TOPK_PERCENT = Map.of("wiki-talk", 1.38, "ia-email", 3.28,
            "stackoverflow", 26.2, "brain", 46.9);
    public static final String TOPK_SOURCE = "§IV-B (seed text line 222)";

    /** Table II: normalised training FLOPs at sparsity 0.906, per dataset: SLR dense / sparse embedding, sparse training dense / sparse embedding. */
    public static final Map<String, double[]> TABLE_TWO = tableTwo();
    public static final String TABLE_TWO_SOURCE = "Table II, §V-A (seed text lines 244-251)";

    /** §V-A: share of training FLOPs in the first layer (link prediction: 2-layer FNN; brain: 3-layer FNN) (line 242). */
    public static final double FIRST_LAYER_SHARE_LINK = 0.941;
    public static final double FIRST_LAYER_SHARE_NODE = 0.325;

    private PaperNumbers() {
    }

    private static Map<String, double[]> tableTwo() {
        Map<String, double[]> t = new LinkedHashMap<>();
        t.put("ia-email", new double[] {0.773, 0.056, 0.094, 0.0067});
        t.put("wiki-talk", new double[] {0.773, 0.069, 0.094, 0.0084});
        t.put("stackoverflow", new double[] {0.773, 0.236, 0.094, 0.0286});
        t.put("brain", new double[] {0.773, 0.640, 0.094, 0.0776});
        return java.util.Collections.unmodifiableMap(t);
    }

    private static final Pattern TABLE_ROW = Pattern.compile(
            "^(ia-email|wiki-talk|stackoverflow|brain)\\s+\\$([0-9.]+) \\\\times\\$\\s+\\$([0-9.]+) \\\\times\\$\\s+"
                    + "\\$([0-9.]+) \\\\times\\$\\s+\\$([0-9.]+) \\\\times\\$\\s*$");

    /** Table II as the paper's text prints it ("ia-email	$0.773 \times$	…" rows after the "TABLE II" caption). */
    public static Map<String, double[]> parseTableTwo(String paperText) {
        Map<String, double[]> out = new LinkedHashMap<>();
        int start = paperText.indexOf("TABLE II");
        if (start < 0) throw new IllegalArgumentException("the text has no TABLE II");
        for (String line : paperText.substring(start).split("\n")) {
            Matcher m = TABLE_ROW.matcher(line.strip());
            if (m.matches()) {
                out.put(m.group(1), new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))});
            } else if (!out.isEmpty() && !line.isBlank()) {
                break; // the table ends at its first other line
            }
        }
        return out;
    }

    /** The sparsities of §V-A as the text lists them. */
    public static List<Double> parseSparsities(String paperText) {
        Matcher m = Pattern.compile("model parameter sparsity as ([0-9., ]+?) to evaluate").matcher(paperText);
        if (!m.find()) throw new IllegalArgumentException("the text does not list the sparsities");
        List<Double> out = new ArrayList<>();
        for (String s : m.group(1).split(",")) if (!s.isBlank()) out.add(Double.parseDouble(s.trim()));
        return out;
    }

    /** The text's statements about results, each with where it is; what the report checks against our numbers. */
    public static final class Claims {
        public static final String SLR_FLOPS_8X = "\"When the model sparsity is 0.906, the SLR requires more than 8× more FLOPs than the sparse training\" (§V-A, line 240)";
        public static final String EMBEDDING_10X = "\"For ia-email and wiki-talk datasets with link prediction task, the embedding sparsification brings more than 10× training FLOPs reduction\" (§V-A, line 242)";
        public static final String LINK_COMPARABLE = "\"For both ia-email, wiki-talk, and stackoverflow datasets [...] sparse training has a comparable performance to the SLR method in terms of accuracy\" (§V-B, line 264)";
        public static final String NODE_EXTREME = "\"for a more complex task such as node classification on the brain dataset, the sparse training will have much higher accuracy under extreme sparsity\" (§V-B, line 264)";
        public static final String EMBEDDING_ACCURACY = "\"For ia-email dataset, the embedding sparsification with 98.62% decreases the model accuracy by 0.5%\" (§V-B, line 266)";
        public static final String BRAIN_EMBEDDING = "\"For brain dataset with node classification task, the embedding sparsification only brings approximately 1.1× FLOPs reduction and causes 3% accuracy degradation on average\" (§V-B, line 266)";
        public static final String OCCAM = "\"Most of the accuracy-sparsity curve has the Occam's Hill property where the accuracy first increases with increasing sparsity and then decreases\" (§V-B, line 262)";
        public static final String GCN_HIGH_SPARSITY = "\"In most cases, the sparse training-based sparsification method has a better accuracy under high sparsity\" (GCN, §V-B, line 268)";
        public static final String FIG7_DROP = "\"There is a significant accuracy drop at epoch 20 for the SLR algorithm as the re-weighted training starts and the parameters are pruned\" (§V-B, line 275)";
        public static final String FIG7_BRAIN = "\"The sparse training has a better convergence rate and accuracy than the SLR method on the brain dataset\" (§V-B, line 275)";

        private Claims() {
        }
    }
}
