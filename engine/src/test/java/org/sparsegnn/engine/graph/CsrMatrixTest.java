package org.sparsegnn.engine.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsrMatrixTest {
    @Test
    void fromCooSortsAndSumsDuplicates() {
        CsrMatrix m = CsrMatrix.fromCoo(2, 3, new int[] {1, 0, 1, 0}, new int[] {2, 1, 0, 1}, new float[] {1, 2, 3, 4});
        assertArrayEquals(new int[] {0, 1, 3}, m.indptr());
        assertArrayEquals(new int[] {1, 0, 2}, m.indices());
        assertArrayEquals(new float[] {6, 3, 1}, m.values());
        assertEquals(6f, m.get(0, 1));
        assertEquals(0f, m.get(0, 0));
    }

    @Test
    void transposeSwapsEntries() {
        CsrMatrix m = CsrMatrix.fromCoo(2, 3, new int[] {0, 1}, new int[] {2, 0}, new float[] {5, 7});
        CsrMatrix t = m.transpose();
        assertEquals(3, t.rows());
        assertEquals(5f, t.get(2, 0));
        assertEquals(7f, t.get(0, 1));
    }

    @Test
    void garbledIndptrIsRejectedWithoutIndexingOutOfBounds() {
        // a non-monotone indptr whose middle entry points past the arrays: must be a clear error, not an AIOOBE
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CsrMatrix(2, 2, new int[] {0, 99, 1}, new int[] {0}, new float[] {1}));
        assertEquals("indptr decreases at row 1", e.getMessage());
    }
}
