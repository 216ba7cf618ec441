package org.sparsegnn.app.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The heatmap legend stays distinguishable for deuteranopes (Machado et al. 2009 simulation, severity 1). */
class MaskPaletteTest {
    private static final double[][] DEUTAN = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};

    @Test
    void everyPairOfStatesDiffersUnderDeuteranopia() {
        for (Theme t : Theme.values()) distinctUnderDeuteranopia(MaskPalette.forTheme(t), t);
    }

    @Test
    void theDarkThemeHasItsOwnDarkBackgroundForInactiveWeights() {
        MaskPalette dark = MaskPalette.forTheme(Theme.DARK);
        int inactive = dark.color(MaskPalette.CellState.INACTIVE);
        int luminance = ((inactive >> 16) & 255) + ((inactive >> 8) & 255) + (inactive & 255);
        assertTrue(luminance < 3 * 80, "inactive cells are dark on the dark theme: " + MaskPalette.hex(inactive));
        assertTrue(MaskPalette.forTheme(Theme.LIGHT) == MaskPalette.standard());
    }

    private static void distinctUnderDeuteranopia(MaskPalette p, Theme theme) {
        Map<String, Integer> colours = new LinkedHashMap<>();
        for (MaskPalette.CellState s : MaskPalette.CellState.values()) {
            if (s != MaskPalette.CellState.ACTIVE) colours.put(s.name(), p.color(s));
        }
        for (int level : new int[] {0, 128, 255}) colours.put("ACTIVE-" + level, p.active(level));
        double min = Double.MAX_VALUE;
        String worst = "";
        var names = colours.keySet().toArray(new String[0]);
        for (int i = 0; i < names.length; i++) {
            for (int j = i + 1; j < names.length; j++) {
                if (names[i].startsWith("ACTIVE") && names[j].startsWith("ACTIVE")) continue; // one ramp
                double d = deltaE(lab(deutan(colours.get(names[i]))), lab(deutan(colours.get(names[j]))));
                if (d < min) {
                    min = d;
                    worst = names[i] + " vs " + names[j];
                }
            }
        }
        System.out.printf("heatmap palette (%s): smallest deuteranopia Delta-E %.1f (%s)%n", theme, min, worst);
        assertTrue(min >= 25, theme + ": colours too close for deuteranopes: " + worst + " Delta-E " + min);
    }

    private static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double[] deutan(int argb) {
        double[] l = {lin((argb >> 16) & 255), lin((argb >> 8) & 255), lin(argb & 255)};
        double[] o = new double[3];
        for (int i = 0; i < 3; i++) o[i] = Math.max(0, Math.min(1, DEUTAN[i][0] * l[0] + DEUTAN[i][1] * l[1] + DEUTAN[i][2] * l[2]));
        return o;
    }

    private static double[] lab(double[] l) {
        double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
        double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
