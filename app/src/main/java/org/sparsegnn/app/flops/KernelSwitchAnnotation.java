package org.sparsegnn.app.flops;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.sparsegnn.app.charts.IdentityAnnotation;

/**
 * A dashed line with a label ("layer 2 → sparse") at every epoch where the followed run's layers switched kernels.
 * Swapped as a whole ({@link #show}): a chart copy drawn on another thread must not see a half-edited list.
 */
final class KernelSwitchAnnotation extends IdentityAnnotation {
    /** Everything drawn, immutable. */
    record Marks(List<FlopsViewModel.KernelSwitch> switches, Color paint, Font font) {
    }

    private volatile Marks marks = new Marks(List.of(), Color.GRAY, new Font(Font.SANS_SERIF, Font.PLAIN, 11));

    void show(Marks m) {
        marks = m;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range,
            int rendererIndex, PlotRenderingInfo info) {
        Marks m = marks;
        RectangleEdge edge = plot.getDomainAxisEdge();
        g2.setPaint(m.paint());
        g2.setFont(m.font());
        float dash = m.font().getSize() / 2f;
        g2.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {dash, dash}, 0f));
        int row = 0;
        for (FlopsViewModel.KernelSwitch s : m.switches()) {
            if (!domain.getRange().contains(s.epoch())) continue;
            double x = domain.valueToJava2D(s.epoch(), area, edge);
            g2.draw(new Line2D.Double(x, area.getMinY(), x, area.getMaxY()));
            // labels step down so neighbouring switches do not print over each other
            float y = (float) (area.getMinY() + (1 + row++ % 3) * (m.font().getSize() + 3));
            float w = g2.getFontMetrics().stringWidth(s.label());
            float left = (float) (x + 4 + w > area.getMaxX() ? x - 4 - w : x + 4);
            g2.drawString(s.label(), left, y);
        }
    }
}
