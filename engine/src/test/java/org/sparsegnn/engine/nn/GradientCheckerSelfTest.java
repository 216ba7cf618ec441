package org.sparsegnn.engine.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The checker's tolerance is tight enough to catch a small gradient error, and loose enough for float32. */
class GradientCheckerSelfTest {
    @Test
    void acceptsExactAndRejectsFivePercentOff() {
        assertTrue(GradientChecker.close(1.0, 1.0 + 1e-4));
        assertTrue(GradientChecker.close(0.3, 0.3 * (1 + 1e-3)));
        assertFalse(GradientChecker.close(1.0, 1.05));
        assertFalse(GradientChecker.close(0.2, 0.21));
        assertFalse(GradientChecker.close(-0.5, 0.5));
    }
}
