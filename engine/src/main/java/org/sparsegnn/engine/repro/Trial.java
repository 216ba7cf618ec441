package org.sparsegnn.engine.repro;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * One training run of the reproduction: a dataset and a complete configuration (seed included). Its
 * {@link #key()} names the cached result, so a trial shared by two figures (Fig. 5 and Fig. 7 at 0.906) runs once,
 * and any change to a setting runs it again.
 *
 * @param dataset   dataset registry name
 * @param graphOnly Planetoid datasets: load structure, labels and split only (models read embeddings)
 */
public record Trial(String dataset, boolean graphOnly, TrainingConfig config) {
    private static final String FORMAT = "sparsegnn-trial-v1";

    public String key() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String identity = FORMAT + "\n" + dataset + "\n" + graphOnly + "\n" + TrialStore.JSON.writeValueAsString(config);
            byte[] digest = sha.digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot name trial " + this, e);
        }
    }

    /** "ia-email-eu slr 0.906 seed 1" (and the embedding's top-k when sparse), for progress lines. */
    public String describe() {
        StringBuilder b = new StringBuilder(dataset).append(' ').append(config.model()).append(' ').append(config.method());
        if (!"dense".equals(config.method())) b.append(' ').append(config.sparsity());
        if (config.embedding().sparse()) b.append(", top-").append(config.embedding().topkPercent()).append(" % embedding");
        return b.append(", seed ").append(config.seed()).toString();
    }
}
