package org.sparsegnn.app.charts;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.pipeline.FrameGate;

/**
 * Shows a JFreeChart as an image drawn with Java2D on a background thread. The FX thread only copies the chart
 * ({@link ChartSnapshot}) and, later, the finished pixels: drawing a 3,000-epoch accuracy chart costs 20–40 ms
 * of rasterizing, which on a Canvas landed on the FX and render threads and stretched every pulse that redrew it.
 * Redraws coalesce (the newest state wins) and are spaced by three times the last drawing time, so a fast trainer cannot
 * make chart drawing eat the machine. Mouse handling: {@link ChartMouseZoom}.
 */
public final class ChartImageView extends Region {
    private static final ExecutorService DRAWER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chart-drawer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY + 1); // behind the FX thread, ahead of the trainer
        return t;
    });
    /** Views with a redraw requested or running (screenshots wait for zero). */
    private static final AtomicInteger BUSY = new AtomicInteger();
    /** At most 20 redraws a second per chart, and never more than a third of a core's time on drawing. */
    private static final double MIN_SPACING_MS = 50;
    private static final double HIDDEN_RECHECK_MS = 250;

    private final JFreeChart chart;
    private final ImageView image = new ImageView();
    private final ChartMouseZoom mouse;
    private PixelBuffer<IntBuffer> pixels;
    private boolean dirty;
    private boolean drawing;
    private boolean waiting;
    private boolean busy;
    private long lastStartNanos;
    private double lastDrawMs;
    /** Where the last drawn image put its data area (for mouse mapping), null before the first drawing. */
    private PlotArea shownArea;
    private Color shownBackground;
    private BufferedImage canvas;

    public ChartImageView(JFreeChart chart) {
        this.chart = chart;
        getStyleClass().add("chart-image");
        image.setManaged(false);
        image.setSmooth(false); // drawn at its own size: no filtering needed, and the software pipeline's filter is slow
        mouse = new ChartMouseZoom(this, chart, () -> shownArea);
        getChildren().addAll(image, mouse.box());
        setMinSize(200, 150);
        setPrefSize(600, 320);
        chart.addChangeListener(e -> invalidate());
        widthProperty().addListener((o, a, v) -> invalidate());
        heightProperty().addListener((o, a, v) -> invalidate());
        sceneProperty().addListener((o, a, v) -> invalidate());
    }

    /** Whether every chart view has drawn its latest state (nothing requested, nothing running). */
    public static boolean allSettled() {
        return BUSY.get() == 0;
    }

    /** Milliseconds the last background drawing took. */
    public double lastDrawMillis() {
        return lastDrawMs;
    }

    private void setBusy(boolean b) {
        if (b != busy) {
            busy = b;
            if (b) BUSY.incrementAndGet();
            else BUSY.decrementAndGet();
        }
    }

    private void invalidate() {
        dirty = true;
        if (getScene() == null || getWidth() < 2 || getHeight() < 2) {
            setBusy(drawing || waiting); // nothing to draw into yet: not pending for screenshots
            return;
        }
        setBusy(true);
        schedule();
    }

    private void schedule() {
        if (drawing || waiting || !dirty) return;
        double spacing = Math.max(MIN_SPACING_MS, 3 * lastDrawMs);
        double sinceMs = (System.nanoTime() - lastStartNanos) / 1e6;
        if (sinceMs < spacing) {
            waitThen(spacing - sinceMs, this::schedule);
            return;
        }
        start();
    }

    /** Runs {@code then} after {@code ms} on the FX thread, with {@code waiting} set meanwhile. */
    private void waitThen(double ms, Runnable then) {
        waiting = true;
        PauseTransition p = new PauseTransition(Duration.millis(ms));
        p.setOnFinished(e -> {
            waiting = false;
            then.run();
        });
        p.play();
    }

    private void start() {
        double w = Math.floor(getWidth()), h = Math.floor(getHeight());
        if (w < 2 || h < 2 || getScene() == null) {
            setBusy(false);
            return;
        }
        if (!chart.isNotify() || !ExportableView.isShowing(this)) {
            // a hidden tab (its owner pauses the chart's notifications): draw nothing now, look again shortly; a
            // tab switch resumes notifications, which redraws at once
            setBusy(false);
            waitThen(HIDDEN_RECHECK_MS, () -> {
                if (dirty) invalidate();
            });
            return;
        }
        double scale = getScene().getWindow() == null ? 1 : Math.max(1, getScene().getWindow().getRenderScaleX());
        int pw = (int) Math.round(w * scale), ph = (int) Math.round(h * scale);
        dirty = false;
        drawing = true;
        lastStartNanos = System.nanoTime();
        JFreeChart copy = ChartSnapshot.of(chart);
        if (copy == null) {
            // a chart whose parts cannot be copied: draw the live chart here, on the FX thread
            finish(draw(chart, pw, ph, w, h, scale));
            return;
        }
        DRAWER.execute(() -> {
            Drawn d;
            try {
                d = draw(copy, pw, ph, w, h, scale);
            } catch (RuntimeException e) {
                // a chart that cannot be drawn must not take the view down; the next change retries
                System.getLogger(ChartImageView.class.getName()).log(System.Logger.Level.WARNING, "chart drawing failed", e);
                d = null;
            }
            Drawn done = d;
            Platform.runLater(() -> FrameGate.atNextFrame(() -> finish(done)));
        });
    }

    /** A finished drawing: its pixels and, for the mouse, where the data area went (null without an XY plot). */
    private record Drawn(int[] argb, int width, int height, double scale, PlotArea area, double millis) {
    }

    private Drawn draw(JFreeChart c, int pw, int ph, double w, double h, double scale) {
        long t0 = System.nanoTime();
        // one image per view, reused: only one drawing runs at a time and its pixels are copied (finish) before the
        // next starts, so the drawing thread and the FX thread never touch it together
        if (canvas == null || canvas.getWidth() != pw || canvas.getHeight() != ph) {
            canvas = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        BufferedImage img = canvas;
        Graphics2D g = img.createGraphics();
        try {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, pw, ph);
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            ChartRenderingInfo info = new ChartRenderingInfo(null); // no per-item entities: 18,000 of them cost
            c.draw(g, new Rectangle2D.Double(0, 0, w, h), null, info);
            Rectangle2D dataArea = info.getPlotInfo().getDataArea();
            PlotArea area = c.getPlot() instanceof XYPlot xy && dataArea != null
                    ? new PlotArea((Rectangle2D) dataArea.clone(), xy.getDomainAxis().getRange(), xy.getRangeAxis().getRange())
                    : null;
            int[] argb = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            return new Drawn(argb, pw, ph, scale, area, (System.nanoTime() - t0) / 1e6);
        } finally {
            g.dispose();
        }
    }

    private void finish(Drawn d) {
        drawing = false;
        if (d != null) {
            lastDrawMs = d.millis();
            if (pixels == null || pixels.getWidth() != d.width() || pixels.getHeight() != d.height()) {
                // the image keeps Java2D's premultiplied ARGB ints: no per-pixel format conversion on either thread
                pixels = new PixelBuffer<>(d.width(), d.height(), IntBuffer.allocate(d.width() * d.height()),
                        PixelFormat.getIntArgbPreInstance());
                image.setImage(new WritableImage(pixels));
            }
            pixels.updateBuffer(b -> {
                IntBuffer buf = b.getBuffer();
                buf.clear();
                buf.put(d.argb());
                buf.flip();
                return null;
            });
            image.setFitWidth(d.width() / d.scale());
            image.setFitHeight(d.height() / d.scale());
            // an opaque, flat background makes this view the place the renderer starts a frame from when only the
            // chart changed, instead of repainting the gradients of every pane behind it
            if (chart.getBackgroundPaint() instanceof Color c && !c.equals(shownBackground)) {
                shownBackground = c;
                setBackground(new Background(new BackgroundFill(
                        javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()), null, null)));
            }
            shownArea = d.area();
        }
        if (dirty && getScene() != null && getWidth() >= 2) schedule();
        else setBusy(waiting);
    }

    @Override
    protected void layoutChildren() {
        image.relocate(0, 0);
    }

    /** Shows only [from, to] on the x axis (until {@link #resetZoom}). */
    public void zoomX(double from, double to) {
        mouse.zoomX(from, to);
    }

    /** The whole run on the x axis again. */
    public void resetZoom() {
        mouse.resetZoom();
    }
}
