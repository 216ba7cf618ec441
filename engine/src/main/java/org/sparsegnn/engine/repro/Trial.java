package org.sparsegnn.engine.repro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * One training run of the reproduction: a dataset and a complete configuration (seed included). Its
 * {@link #key()} names the cached result, so a trial shared by two figures (Fig. 5 and Fig. 7 at 0.906) runs once,
 * and any change to a setting that shapes the result runs it again (the kernel choice does not: sparse and dense
 * kernels compute the same products).
 *
 * @param dataset   dataset registry name
 * @param graphOnly Planetoid datasets: load structure, labels and split only (models read embeddings)
 */
public record Trial(String dataset, boolean graphOnly, TrainingConfig config) {
    private static final String FORMAT = "sparsegnn-trial-v1";
    /** Config fields that decide how fast a trial runs, not what it learns; left out of its identity. */
    private static final String SPEED_ONLY = "kernels";

    public String key() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ObjectNode settings = TrialStore.JSON.valueToTree(config);
            settings.remove(SPEED_ONLY); // which kernel multiplies the weights changes the speed, not the model
            String identity = FORMAT + "\n" + dataset + "\n" + graphOnly + "\n"
                    + TrialStore.JSON.writeValueAsString(sorted(settings));
            byte[] digest = sha.digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot name trial " + this, e);
        }
    }

    /**
     * The node with every object's fields in name order: a config's method parameters are an immutable map whose
     * iteration order changes from one JVM to the next, and the key must not.
     */
    private static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = TrialStore.JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            for (String name : names) out.set(name, sorted(n.get(name)));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = TrialStore.JSON.createArrayNode();
            n.forEach(e -> out.add(sorted(e)));
            return out;
        }
        return n;
    }

    /** "ia-email-eu slr 0.906 seed 1" (and the embedding's top-k when sparse), for progress lines. */
    public String describe() {
        StringBuilder b = new StringBuilder(dataset).append(' ').append(config.model()).append(' ').append(config.method());
        if (!"dense".equals(config.method())) b.append(' ').append(config.sparsity());
        if (config.embedding().sparse()) b.append(", top-").append(config.embedding().topkPercent()).append(" % embedding");
        return b.append(", seed ").append(config.seed()).toString();
    }
}
