package org.sparsegnn.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * What lies behind the metric curves: shaded, labelled phase bands and a thin line at every drop-and-grow update.
 * The update lines are one path: one {@code ValueMarker} per update meant one stroked line each, and 225 of them
 * cost more to rasterize than all the data. The content is swapped as a whole ({@link #show}) instead of editing
 * the plot's marker lists, because a chart copy drawn on another thread shares those lists.
 */
public final class EpochOverlayAnnotation extends IdentityAnnotation {
    /** Everything drawn, immutable. */
    public record Overlay(List<PhaseBand> bands, List<Color> bandPaints, Color labelPaint, Font labelFont,
            int[] updateEpochs, Color updateColour) {
        static final Overlay EMPTY = new Overlay(List.of(), List.of(), Color.BLACK, new Font(Font.SANS_SERIF, Font.ITALIC, 12),
                new int[0], Color.GRAY);
    }

    /** Below this average spacing (pixels) update lines become ticks along the x axis. */
    static final double RUG_SPACING_PX = 6;
    static final double RUG_HEIGHT_PX = 10;

    private volatile Overlay overlay = Overlay.EMPTY;

    public void show(Overlay o) {
        overlay = o;
    }

    public Overlay overlay() {
        return overlay;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range,
            int rendererIndex, PlotRenderingInfo info) {
        Overlay o = overlay;
        RectangleEdge edge = plot.getDomainAxisEdge();
        for (int i = 0; i < o.bands().size(); i++) {
            PhaseBand b = o.bands().get(i);
            double x0 = Math.max(area.getMinX(), domain.valueToJava2D(b.fromEpoch() - 0.5, area, edge));
            double x1 = Math.min(area.getMaxX(), domain.valueToJava2D(b.toEpoch() + 0.5, area, edge));
            if (x1 <= x0) continue;
            g2.setPaint(o.bandPaints().get(i % o.bandPaints().size()));
            g2.fill(new Rectangle2D.Double(x0, area.getMinY(), x1 - x0, area.getHeight()));
            g2.setPaint(o.labelPaint());
            g2.setFont(o.labelFont());
            g2.drawString(b.phase(), (float) (x0 + 4), (float) (area.getMinY() + o.labelFont().getSize() + 3));
        }
        List<Long> pixels = new ArrayList<>();
        for (int e : o.updateEpochs()) {
            if (!domain.getRange().contains(e)) continue;
            long pixel = Math.round(domain.valueToJava2D(e, area, edge));
            if (pixels.isEmpty() || pixels.get(pixels.size() - 1) != pixel) pixels.add(pixel); // closer than a pixel: one line
        }
        // dense updates (RigL every 10 epochs over thousands) would grey out the plot: draw them as a rug of ticks
        boolean rug = pixels.size() * RUG_SPACING_PX > area.getWidth();
        double top = rug ? area.getMaxY() - RUG_HEIGHT_PX : area.getMinY();
        Path2D.Double lines = new Path2D.Double();
        for (long pixel : pixels) {
            lines.moveTo(pixel, top);
            lines.lineTo(pixel, area.getMaxY());
        }
        g2.setPaint(o.updateColour());
        g2.setStroke(new BasicStroke(1f));
        g2.draw(lines);
    }
}
