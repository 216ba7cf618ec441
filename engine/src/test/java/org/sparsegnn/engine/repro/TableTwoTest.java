package org.sparsegnn.engine.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** §III-C's rule on the paper's models against Table II. */
class TableTwoTest {
    @Test
    void denseEmbeddingColumnsAreThePapersForTheBrainFnn() {
        double[] r = TableTwo.ratios(ReportText.paperRow("brain"), 0.906);
        assertEquals(0.773, r[0], 0.0006);
        assertEquals(0.094, r[2], 0.0006);
    }

    @Test
    void sparseEmbeddingSlrFollowsTheRuleForStackoverflowAndBrain() {
        assertEquals(0.236, TableTwo.ratios(ReportText.paperRow("stackoverflow"), 0.906)[1], 0.002);
        assertEquals(0.640, TableTwo.ratios(ReportText.paperRow("brain"), 0.906)[1], 0.002);
    }

    @Test
    void firstLayerSharesAreTheOnesSectionFiveAStates() {
        assertEquals(PaperNumbers.FIRST_LAYER_SHARE_LINK, TableTwo.firstLayerShare(new int[] {16, 128, 1}), 0.0005);
        assertEquals(PaperNumbers.FIRST_LAYER_SHARE_NODE, TableTwo.firstLayerShare(new int[] {64, 256, 128, 10}), 0.0005);
    }

    @Test
    void denseWeightsAndDenseEmbeddingsCostOne() {
        double[] r = TableTwo.ratios(new TableTwo.Row("x", new int[] {16, 128, 1}, 1.0), 0.0);
        assertEquals(1.0, r[0], 1e-12);
        assertEquals(1.0, r[2], 1e-12);
    }
}
