package org.sparsegnn.app.theme;

import java.awt.Color;

/**
 * Light and dark themes: the CSS file under assets/themes plus the colours JFreeChart needs (charts are drawn
 * with Java2D, not CSS). Series colours are Okabe–Ito, ordered for contrast against each background.
 */
public enum Theme {
    LIGHT("light", new Color(0xFFFFFF), new Color(0x222222), new Color(0xD9D9D9),
            new Color[] {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xE69F00),
                new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x555555)},
            new Color(0x0072B2, false), new Color(0xE69F00)),
    DARK("dark", new Color(0x1E1F22), new Color(0xE8E8E8), new Color(0x44474D),
            new Color[] {new Color(0x56B4E9), new Color(0xE69F00), new Color(0x009E73), new Color(0xF0E442),
                new Color(0xCC79A7), new Color(0xD55E00), new Color(0xBBBBBB)},
            new Color(0x56B4E9), new Color(0xE69F00));

    private final String cssName;
    public final Color chartBackground;
    public final Color chartForeground;
    public final Color grid;
    private final Color[] series;
    private final Color bandA;
    private final Color bandB;

    Theme(String cssName, Color bg, Color fg, Color grid, Color[] series, Color bandA, Color bandB) {
        this.cssName = cssName;
        this.chartBackground = bg;
        this.chartForeground = fg;
        this.grid = grid;
        this.series = series;
        this.bandA = bandA;
        this.bandB = bandB;
    }

    @Override
    public String toString() {
        return cssName;
    }

    public String stylesheet() {
        return resource("/assets/themes/" + cssName + ".css");
    }

    public static String presenterStylesheet() {
        return resource("/assets/themes/presenter.css");
    }

    public Color series(int i) {
        return series[Math.floorMod(i, series.length)];
    }

    /**
     * The thin lines that mark mask updates: a third of the way from the grid to the text colour, so they stand
     * out from the grid on either background (the grid's darker shade vanished on the dark background).
     */
    public Color updateMark() {
        double t = 0.35;
        return new Color((int) Math.round(grid.getRed() + t * (chartForeground.getRed() - grid.getRed())),
                (int) Math.round(grid.getGreen() + t * (chartForeground.getGreen() - grid.getGreen())),
                (int) Math.round(grid.getBlue() + t * (chartForeground.getBlue() - grid.getBlue())));
    }

    /** Translucent fill for phase band {@code i} (alternating two hues). */
    public Color band(int i) {
        Color c = i % 2 == 0 ? bandA : bandB;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), this == DARK ? 46 : 30);
    }

    private static String resource(String path) {
        var url = Theme.class.getResource(path);
        if (url == null) throw new IllegalStateException("missing theme resource " + path);
        return url.toExternalForm();
    }
}
