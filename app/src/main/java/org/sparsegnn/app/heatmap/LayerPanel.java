package org.sparsegnn.app.heatmap;

import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.sparsegnn.app.theme.MaskPalette;

/**
 * One prunable layer: the mask image (WritableImage, one pixel per weight, scaled without smoothing), a column
 * density strip on the right (per output unit) and a row density strip below (per input feature).
 */
final class LayerPanel extends VBox {
    private static final double STRIP = 26;
    private final HeatmapViewModel vm;
    private final Label title = new Label();
    private final Label caption = new Label();
    private final ImageView view = new ImageView();
    private final Canvas rowStrip = new Canvas();
    private final Canvas colStrip = new Canvas();
    private final Tooltip tip = new Tooltip();
    private static final int MAX_SIDE = 4096;
    private CellScaler scaler;
    private MaskPalette scalerPalette;
    private WritableImage image;
    private int[] scaled;
    private LayerFrame frame;

    LayerPanel(HeatmapViewModel vm) {
        this.vm = vm;
        getStyleClass().add("heatmap-panel");
        title.getStyleClass().add("section-title");
        caption.getStyleClass().add("muted");
        view.setSmooth(false);
        view.setPreserveRatio(false);
        tip.setShowDelay(Duration.millis(80));
        tip.setHideDelay(Duration.ZERO);
        Tooltip.install(view, tip);
        view.setOnMouseMoved(e -> {
            if (frame == null) return;
            int row = (int) (e.getX() / view.getFitWidth() * frame.rows());
            int col = (int) (e.getY() / view.getFitHeight() * frame.cols());
            tip.setText(vm.describeCell(frame.layer(), row, col));
        });
        Label rowsLabel = new Label("↑ active share per input feature (row) · right strip: per output unit (column)");
        rowsLabel.getStyleClass().add("muted");
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(2);
        grid.add(view, 0, 0);
        grid.add(colStrip, 1, 0);
        grid.add(rowStrip, 0, 1);
        // below the grid, not in it: as the widest cell of column 0 it pushed the right strip away from the image
        getChildren().addAll(title, caption, grid, rowsLabel);
    }

    /**
     * @param zoom   the view's zoom slider (1 = the whole layer fits the width)
     * @param uiZoom the window's zoom: larger cells for small layers, but a layer still fits the width whole
     */
    void show(LayerFrame f, double viewportWidth, double zoom, double uiZoom) {
        frame = f;
        double avail = Math.max(200, viewportWidth - STRIP * uiZoom - 40);
        double cw = Math.min(36 * uiZoom, avail / f.rows());
        // cells as square as the width allows, but a layer with few inputs and many outputs (FNN 16×128) must not
        // grow thousands of pixels tall: its height stays within ~600 px (at least 220 px when cells get thin)
        double ch = Math.min(36 * uiZoom, Math.max(220.0 / f.cols(), Math.min(cw, 600.0 / f.cols())));
        // the title wraps rather than running past the viewport (the panel itself may scroll when zoomed in)
        title.setWrapText(true);
        title.setMaxWidth(Math.max(200, viewportWidth - 60));
        double w = Math.round(f.rows() * cw * zoom), h = Math.round(f.cols() * ch * zoom);
        // Scale ourselves (CellScaler: crisp cells up, the telling weights kept down): ImageView's own scaling blurs
        // in some pipelines and drops cells. Beyond MAX_SIDE the image stays at weight resolution.
        int iw = w >= 1 && w <= MAX_SIDE ? (int) w : f.rows();
        int ih = h >= 1 && h <= MAX_SIDE ? (int) h : f.cols();
        if (image == null || (int) image.getWidth() != iw || (int) image.getHeight() != ih) {
            image = new WritableImage(iw, ih);
            view.setImage(image);
            scaled = new int[iw * ih];
        }
        int[] src = f.pixels();
        if (iw == f.rows() && ih == f.cols()) {
            System.arraycopy(src, 0, scaled, 0, src.length);
        } else {
            if (scalerPalette != vm.palette()) { // the theme changed the colours the scaler ranks
                scalerPalette = vm.palette();
                scaler = new CellScaler(scalerPalette);
            }
            scaler.scale(src, f.rows(), f.cols(), scaled, iw, ih);
        }
        // the palette is opaque, so its ARGB is already premultiplied: the image's own format, no per-pixel conversion
        image.getPixelWriter().setPixels(0, 0, iw, ih, PixelFormat.getIntArgbPreInstance(), scaled, 0, iw);
        view.setFitWidth(w);
        view.setFitHeight(h);
        title.setText(String.format(Locale.ROOT, "%s · %d inputs × %d outputs · sparsity %.1f %% · explored %.1f %%",
                f.layer(), f.rows(), f.cols(), 100 * f.sparsity(), 100 * f.explorationRate()));
        caption.setText(f.caption().isEmpty() ? "x: input feature (row), y: output unit (column); hover a cell for details"
                : f.caption());
        drawRowStrip(f.rowDensity(), w);
        drawColStrip(f.colDensity(), h);
    }

    private void drawRowStrip(double[] d, double w) {
        rowStrip.setWidth(w);
        rowStrip.setHeight(STRIP);
        GraphicsContext g = rowStrip.getGraphicsContext2D();
        g.clearRect(0, 0, w, STRIP);
        g.setFill(Color.web("#0072B2"));
        double step = w / d.length;
        if (step >= 1) {
            for (int i = 0; i < d.length; i++) g.fillRect(i * step, STRIP * (1 - d[i]), Math.max(1, step - (step > 3 ? 1 : 0)), STRIP * d[i]);
        } else {
            // more features than pixels: one bar per pixel column, the mean density of its features
            for (int x = 0; x < (int) w; x++) {
                int a = (int) (x / step), b = Math.min(d.length, (int) ((x + 1) / step));
                double s = 0;
                for (int i = a; i < b; i++) s += d[i];
                double m = b > a ? s / (b - a) : 0;
                g.fillRect(x, STRIP * (1 - m), 1, STRIP * m);
            }
        }
        g.setStroke(Color.GRAY);
        g.strokeRect(0.5, 0.5, w - 1, STRIP - 1);
    }

    private void drawColStrip(double[] d, double h) {
        colStrip.setWidth(STRIP);
        colStrip.setHeight(h);
        GraphicsContext g = colStrip.getGraphicsContext2D();
        g.clearRect(0, 0, STRIP, h);
        g.setFill(Color.web("#0072B2"));
        double step = h / d.length;
        for (int i = 0; i < d.length; i++) g.fillRect(0, i * step, STRIP * d[i], Math.max(1, step - (step > 3 ? 1 : 0)));
        g.setStroke(Color.GRAY);
        g.strokeRect(0.5, 0.5, STRIP - 1, h - 1);
    }

    LayerFrame frame() {
        return frame;
    }
}
