package org.sparsegnn.engine.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Central finite differences against analytic gradients, in float32. With losses of order 1 and eps = 1e-2 the
 * rounding error of a float32 loss difference is ~1e-5 relative, the truncation error O(eps²) (zero for the
 * linear parts), so a tolerance of 2e-3 relative (plus 1e-4 absolute) passes correct gradients and fails any
 * wrong factor, sign, transpose or missing term (a 5 % error fails, see GradientCheckerSelfTest).
 */
final class GradientChecker {
    static final double EPS = 1e-2;
    static final double REL_TOL = 2e-3;
    static final double ABS_TOL = 1e-4;

    private GradientChecker() {
    }

    /** Numerical d(loss)/d(x[i]) for flat index i of x (x is restored afterwards). */
    static double numerical(INDArray x, long i, DoubleSupplier loss) {
        float orig = x.getFloat(i);
        x.putScalar(i, orig + EPS);
        double plus = loss.getAsDouble();
        x.putScalar(i, orig - EPS);
        double minus = loss.getAsDouble();
        x.putScalar(i, orig);
        return (plus - minus) / (2 * EPS);
    }

    static boolean close(double analytic, double numeric) {
        return Math.abs(analytic - numeric) <= ABS_TOL + REL_TOL * Math.max(Math.abs(analytic), Math.abs(numeric));
    }

    /** Checks every entry of {@code analytic} (the gradient w.r.t. x) against finite differences. */
    static void assertGradient(String what, INDArray x, INDArray analytic, DoubleSupplier loss) {
        float[] g = Floats.read(analytic);
        double maxAbs = 0;
        for (float v : g) maxAbs = Math.max(maxAbs, Math.abs(v));
        assertTrue(maxAbs > 1e-3, what + ": gradient is (almost) zero everywhere, the check would be vacuous");
        for (long i = 0; i < x.length(); i++) {
            double num = numerical(x, i, loss);
            double an = g[(int) i];
            assertTrue(close(an, num), what + "[" + i + "]: analytic " + an + " vs numerical " + num);
        }
    }

    /** Σ r ⊙ y in double: a scalar loss whose gradient w.r.t. y is r. */
    static double weightedSum(INDArray y, float[] r) {
        float[] v = Floats.read(y);
        double s = 0;
        for (int i = 0; i < v.length; i++) s += (double) v[i] * r[i];
        return s;
    }
}
