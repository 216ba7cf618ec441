package org.sparsegnn.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The heatmap colour legend, read once from {@code /assets/heatmap-legend.properties} (assets/ in the repository)
 * so that the view, its legend and its exports agree. Colours are packed ARGB ints; JavaFX-free so renderers and
 * tests can use it off the FX thread.
 */
public final class MaskPalette {
    /** How a cell is drawn. */
    public enum CellState { INACTIVE, ACTIVE, DROPPED, GROWN, REGROWN }

    private static final String RESOURCE = "/assets/heatmap-legend.properties";
    private static volatile MaskPalette standard;
    private static volatile MaskPalette dark;

    private final int inactive, weak, strong, dropped, grown, regrown;
    private final Properties labels;
    private final int[] ramp = new int[256];

    private MaskPalette(Properties p, String prefix) {
        inactive = argb(p, prefix + "inactive");
        weak = argb(p, prefix + "active.weak");
        strong = argb(p, prefix + "active.strong");
        dropped = argb(p, prefix + "dropped");
        grown = argb(p, prefix + "grown");
        regrown = argb(p, prefix + "regrown");
        labels = p;
        for (int i = 0; i < 256; i++) ramp[i] = mix(weak, strong, i / 255.0);
    }

    /** The light theme's palette (also the exports' and the README's). */
    public static MaskPalette standard() {
        MaskPalette p = standard;
        if (p == null) {
            p = new MaskPalette(load(), "");
            standard = p;
        }
        return p;
    }

    /** The palette for a window theme: the dark theme has its own, so a layer is not a bright block on it. */
    public static MaskPalette forTheme(Theme theme) {
        if (theme != Theme.DARK) return standard();
        MaskPalette p = dark;
        if (p == null) {
            p = new MaskPalette(load(), "dark.");
            dark = p;
        }
        return p;
    }

    private static Properties load() {
        try (InputStream in = MaskPalette.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Properties props = new Properties();
            props.load(in);
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Colour of an active weight whose magnitude, scaled to the layer's largest, is {@code level} (0..255). */
    public int active(int level) {
        return ramp[Math.max(0, Math.min(255, level))];
    }

    public int color(CellState s) {
        return switch (s) {
            case INACTIVE -> inactive;
            case ACTIVE -> mix(weak, strong, 0.5);
            case DROPPED -> dropped;
            case GROWN -> grown;
            case REGROWN -> regrown;
        };
    }

    public int activeWeak() { return weak; }

    public int activeStrong() { return strong; }

    public String label(CellState s) {
        return labels.getProperty(s.name().toLowerCase() + ".label", s.name().toLowerCase());
    }

    /** "#RRGGBB" of a packed colour, for CSS and SVG. */
    public static String hex(int argb) {
        return String.format("#%06X", argb & 0xFFFFFF);
    }

    private static int argb(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || !v.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalStateException(RESOURCE + ": key '" + key + "' must be a #RRGGBB colour, is " + v);
        }
        return 0xFF000000 | Integer.parseInt(v.substring(1), 16);
    }

    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
