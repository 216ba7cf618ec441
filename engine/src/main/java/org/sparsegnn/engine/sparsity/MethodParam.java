package org.sparsegnn.engine.sparsity;

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
    public static java.util.List<MethodParam> concat(java.util.List<MethodParam> a, java.util.List<MethodParam> b) {
        java.util.List<MethodParam> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return java.util.List.copyOf(out);
    }

    /** A one-line reason why {@code value} is invalid, or null when it is valid. */
    public String problem(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            return key + " = " + value + " is outside [" + min + ", " + max + "]";
        }
        if (integer && value != Math.rint(value)) return key + " = " + value + " must be a whole number";
        return null;
    }
}
