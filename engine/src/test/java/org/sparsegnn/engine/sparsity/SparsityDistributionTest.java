package org.sparsegnn.engine.sparsity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparsityDistributionTest {
    private static final List<int[]> GCN_CORA = List.of(new int[] {1433, 16}, new int[] {16, 7});

    @Test
    void erkOnGcnCoraMatchesRigLNumbers() {
        double[] d = SparsityDistribution.ERK.densities(GCN_CORA, 0.9);
        assertEquals(0.099, d[0], 0.001);
        assertEquals(0.32, d[1], 0.005);
        int[] c = SparsityDistribution.ERK.activeCounts(GCN_CORA, 0.9);
        assertEquals(Math.round(0.1 * (1433 * 16 + 16 * 7)), c[0] + c[1], "exact global count");
    }

    @Test
    void uniformGivesEveryLayerTheSameExactCount() {
        int[] c = SparsityDistribution.UNIFORM.activeCounts(GCN_CORA, 0.75);
        assertEquals(5732, c[0]);
        assertEquals(28, c[1]);
    }

    @Test
    void erkMakesOverfullLayersDenseAndResolvesEpsilon() {
        List<int[]> shapes = List.of(new int[] {4, 4}, new int[] {1000, 1000});
        double[] d = SparsityDistribution.ERK.densities(shapes, 0.5);
        assertEquals(1.0, d[0]);
        double total = 16 + 1e6;
        assertEquals(0.5 * total, 16 + d[1] * 1e6, 1e-6, "budget still met after re-solving ε");
        int[] c = SparsityDistribution.ERK.activeCounts(shapes, 0.5);
        assertEquals(16, c[0]);
        assertEquals(Math.round(0.5 * total), c[0] + c[1]);
    }

    @Test
    void extremesAreExact() {
        assertEquals(0, SparsityDistribution.ERK.activeCounts(GCN_CORA, 1.0)[0]);
        int[] dense = SparsityDistribution.ERK.activeCounts(GCN_CORA, 0.0);
        assertEquals(1433 * 16, dense[0]);
        assertEquals(112, dense[1]);
        assertTrue(SparsityDistribution.UNIFORM.densities(GCN_CORA, 0.0)[1] == 1.0);
    }
}
