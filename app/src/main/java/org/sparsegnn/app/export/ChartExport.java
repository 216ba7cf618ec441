package org.sparsegnn.app.export;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** PNG and SVG export of JFreeChart charts (SVG through JFreeSVG), several charts stacked vertically. */
public final class ChartExport {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 500;

    private ChartExport() {
    }

    public static void png(Path file, List<JFreeChart> charts) throws IOException {
        var img = new BufferedImage(WIDTH, HEIGHT * charts.size(), BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).draw(g, new Rectangle2D.Double(0, i * HEIGHT, WIDTH, HEIGHT));
        }
        g.dispose();
        try (var out = Files.newOutputStream(file)) {
            ChartUtils.writeBufferedImageAsPNG(out, img);
        }
    }

    public static void svg(Path file, List<JFreeChart> charts) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT * charts.size());
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).draw(g, new Rectangle2D.Double(0, i * HEIGHT, WIDTH, HEIGHT));
        }
        SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
    }
}
