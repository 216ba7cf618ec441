package org.sparsegnn.engine.repro;

/**
 * A statement of the paper set against our numbers.
 *
 * @param paper   the paper's words with their place in the text
 * @param ours    what we measured, in words and numbers
 * @param verdict "holds", "does not hold", "partly holds" or "not measured"
 */
public record Claim(String paper, String ours, String verdict) {
    static Claim notMeasured(String paper, String why) {
        return new Claim(paper, why, "not measured");
    }
}
