package org.sparsegnn.engine.sparsity;

import java.util.ArrayList;
import java.util.List;

/**
 * Machine-readable description of one method hyperparameter ({@link MethodSpec#methodParams()} key), enough for
 * a property sheet with validation and for CLI help.
 *
 * @param key          methodParams key, e.g. "delta_t"
 * @param defaultValue value used when the key is absent
 * @param min          smallest valid value (inclusive)
 * @param max          largest valid value (inclusive)
 * @param integer      whether only whole numbers make sense
 * @param help         one line for tooltips and --help
 */
public record MethodParam(String key, double defaultValue, double min, double max, boolean integer, String help) {
    public static MethodParam real(String key, double def, double min, double max, String help) {
        return new MethodParam(key, def, min, max, false, help);
    }

    public static MethodParam whole(String key, double def, double min, double max, String help) {
        return new MethodParam(key, def, min, max, true, help);
    }

    /** Two parameter lists as one (a method's shared parameters plus its own). */
    public static List<MethodParam> concat(List<MethodParam> a, List<MethodParam> b) {
        List<MethodParam> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** A one-line reason why {@code value} is invalid, naming the key, or null when it is valid. */
    public String problem(double value) {
        String reason = reason(value);
        return reason == null ? null : key + " " + reason;
    }

    /** Why {@code value} is invalid without the key ("must be in [1, 100000], is 0"), or null when it is valid. */
    public String reason(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            return "must be in [" + text(min) + ", " + text(max) + "], is " + text(value);
        }
        if (integer && value != Math.rint(value)) return "must be a whole number, is " + text(value);
        return null;
    }

    private static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
