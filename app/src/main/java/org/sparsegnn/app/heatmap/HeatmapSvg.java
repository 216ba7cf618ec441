package org.sparsegnn.app.heatmap;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.app.theme.Theme;

/**
 * SVG export of the heatmap: each layer's mask as an embedded, unsmoothed image (a 1433×256 layer would be
 * 366k rectangles as vector cells), with vector titles, density strips and the legend.
 */
final class HeatmapSvg {
    private static final int WIDTH = 1000;

    private HeatmapSvg() {
    }

    /** The masks in the palette and page colours of the theme on screen (a dark theme gets a dark page). */
    static void write(Path file, List<LayerFrame> frames, String position, MaskPalette palette, Theme theme)
            throws IOException {
        Color text = theme.chartForeground;
        int height = 90;
        for (LayerFrame f : frames) height += layerHeight(f) + 70;
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.setColor(theme.chartBackground);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(text);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Weight masks · " + position, 10, 22);
        int y = legend(g, 40, palette, text);
        for (LayerFrame f : frames) {
            g.setColor(text);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(String.format(Locale.ROOT, "%s · %d×%d · sparsity %.1f %% · explored %.1f %% %s", f.layer(),
                    f.rows(), f.cols(), 100 * f.sparsity(), 100 * f.explorationRate(), f.caption()), 10, y + 14);
            int h = layerHeight(f);
            int w = WIDTH - 60;
            g.drawImage(HeatmapView.toImage(f), 10, y + 22, w, h, null);
            g.setColor(new Color(0x0072B2));
            double[] cd = f.colDensity();
            for (int c = 0; c < cd.length; c++) {
                g.fillRect(w + 14, (int) (y + 22 + c * (double) h / cd.length), (int) Math.ceil(30 * cd[c]),
                        Math.max(1, (int) Math.ceil((double) h / cd.length)));
            }
            double[] rd = f.rowDensity();
            int buckets = Math.min(rd.length, w);
            for (int b = 0; b < buckets; b++) {
                int a = b * rd.length / buckets, e = Math.max(a + 1, (b + 1) * rd.length / buckets);
                double s = 0;
                for (int i = a; i < e; i++) s += rd[i];
                int bar = (int) Math.round(24 * s / (e - a));
                g.fillRect(10 + b * w / buckets, y + 22 + h + 28 - bar, Math.max(1, w / buckets), bar);
            }
            y += h + 70;
        }
        SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
    }

    private static int layerHeight(LayerFrame f) {
        return Math.max(60, Math.min(400, f.cols() * 8));
    }

    private static int legend(SVGGraphics2D g, int y, MaskPalette p, Color text) {
        int x = 10;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (MaskPalette.CellState s : MaskPalette.CellState.values()) {
            g.setColor(new Color(p.color(s)));
            g.fillRect(x, y, 14, 14);
            g.setColor(text);
            g.drawRect(x, y, 14, 14);
            String label = p.label(s);
            g.drawString(label, x + 18, y + 12);
            x += 24 + g.getFontMetrics().stringWidth(label);
        }
        return y + 30;
    }
}
