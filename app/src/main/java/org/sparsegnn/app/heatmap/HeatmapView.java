package org.sparsegnn.app.heatmap;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.theme.Appearance;
import org.sparsegnn.app.theme.MaskPalette;

/** The weight-mask heatmap: one panel per prunable layer, timeline slider with playback, zoom, legend. */
public final class HeatmapView implements ExportableView {
    private final HeatmapViewModel vm;
    private final Appearance appearance;
    private final VBox panels = new VBox(10);
    private final List<LayerPanel> panelList = new ArrayList<>();
    private final ScrollPane scroll = new ScrollPane(panels);
    private final Slider zoom = new Slider(1, 8, 1);
    private final VBox root;
    private final FlowPane legend = new FlowPane(14, 4);
    private boolean stale;
    private static final int LIVE_REDRAWS_PER_SECOND = 10;
    private static final long LIVE_REDRAW_NANOS = 1_000_000_000L / LIVE_REDRAWS_PER_SECOND;
    private long lastRedrawNanos;
    private boolean redrawQueued;

    public HeatmapView(HeatmapViewModel vm, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        Button play = new Button("▶ Play");
        play.setOnAction(e -> vm.togglePlay());
        vm.playingProperty().addListener((o, a, v) -> play.setText(v ? "⏸ Pause" : "▶ Play"));
        Slider timeline = new Slider(0, 0, 0);
        timeline.setId("heatmap-timeline");
        timeline.setMajorTickUnit(1);
        timeline.setSnapToTicks(true);
        timeline.setBlockIncrement(1);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        vm.frameCountProperty().addListener((o, a, v) -> timeline.setMax(Math.max(0, v.intValue() - 1)));
        timeline.valueProperty().addListener((o, a, v) -> {
            if (timeline.isValueChanging() || timeline.isFocused()) vm.positionProperty().set((int) Math.round(v.doubleValue()));
        });
        vm.positionProperty().addListener((o, a, v) -> timeline.setValue(Math.max(0, v.intValue())));
        CheckBox live = new CheckBox("live");
        live.selectedProperty().bindBidirectional(vm.followLatestProperty());
        Label position = new Label();
        position.textProperty().bind(vm.positionTextProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setPrefWidth(110);
        HBox bar = new HBox(8, play, new Label("Timeline:"), timeline, live, new Label("Zoom:"), zoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 0, 8));
        HBox status = new HBox(position);
        status.setPadding(new Insets(0, 8, 0, 8));
        legend.setPadding(new Insets(0, 8, 0, 8));
        legend.setId("heatmap-legend");
        scroll.setPannable(true);
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        panels.setPadding(new Insets(8));
        root = new VBox(6, bar, status, legend, scroll);
        root.setId("heatmap-view");

        Timeline player = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.advance()));
        player.setCycleCount(Timeline.INDEFINITE);
        vm.playingProperty().addListener((o, a, v) -> {
            if (v) player.play();
            else player.stop();
        });
        vm.revisionProperty().addListener((o, a, v) -> redrawIfShowing());
        zoom.valueProperty().addListener((o, a, v) -> redraw());
        scroll.widthProperty().addListener((o, a, v) -> redraw());
        appearance.onChange(() -> {
            vm.setPalette(MaskPalette.forTheme(appearance.theme()));
            fillLegend();
            redrawIfShowing();
        });
    }

    private void fillLegend() {
        MaskPalette p = vm.palette();
        FlowPane flow = legend;
        flow.getChildren().clear();
        Rectangle weak = swatch(p.activeWeak()), strong = swatch(p.activeStrong());
        flow.getChildren().add(new HBox(3, weak, strong, new Label(p.label(MaskPalette.CellState.ACTIVE))));
        for (MaskPalette.CellState s : List.of(MaskPalette.CellState.INACTIVE, MaskPalette.CellState.DROPPED,
                MaskPalette.CellState.GROWN, MaskPalette.CellState.REGROWN)) {
            flow.getChildren().add(new HBox(3, swatch(p.color(s)), new Label(p.label(s))));
        }
    }

    private static Rectangle swatch(int argb) {
        Rectangle r = new Rectangle(16, 16, Color.web(MaskPalette.hex(argb)));
        r.getStyleClass().add("legend-swatch");
        return r;
    }

    private void redrawIfShowing() {
        if (!ExportableView.isShowing(root)) {
            stale = true;
            return;
        }
        // live training: at most LIVE_REDRAWS_PER_SECOND (a batch arrives up to 30 times a second and a Cora-sized
        // panel costs the FX and render threads several milliseconds); scrubbing and playback redraw at once
        long since = System.nanoTime() - lastRedrawNanos;
        if (!vm.followLatestProperty().get() || since >= LIVE_REDRAW_NANOS) {
            redraw();
            return;
        }
        if (redrawQueued) return;
        redrawQueued = true;
        PauseTransition wait = new PauseTransition(Duration.millis((LIVE_REDRAW_NANOS - since) / 1e6));
        wait.setOnFinished(e -> {
            redrawQueued = false;
            redrawIfShowing();
        });
        wait.play();
    }

    @Override
    public void shown() {
        if (stale) redraw();
    }

    private void redraw() {
        stale = false;
        lastRedrawNanos = System.nanoTime();
        List<LayerFrame> frames = vm.frames();
        while (panelList.size() < frames.size()) {
            LayerPanel lp = new LayerPanel(vm);
            panelList.add(lp);
        }
        while (panelList.size() > frames.size()) panelList.remove(panelList.size() - 1);
        if (!panels.getChildren().equals(panelList)) panels.getChildren().setAll(panelList);
        double width = scroll.getWidth() > 0 ? scroll.getWidth() : 900;
        for (int i = 0; i < frames.size(); i++) panelList.get(i).show(frames.get(i), width, zoom.getValue(), appearance.zoom());
        if (frames.isEmpty()) {
            Label empty = new Label(vm.run() == null ? "No run yet. Pick a sparse method (e.g. rigl) and press Run: "
                    + "each weight of each prunable layer will appear here as one cell."
                    : "This run has no masks to show (dense training keeps every weight).");
            empty.setWrapText(true);
            empty.getStyleClass().add("muted");
            panels.getChildren().setAll(empty);
        }
    }

    @Override public String id() { return "mask-heatmap"; }
    @Override public String title() { return "Mask heatmap"; }
    @Override public Node node() { return root; }

    @Override
    public void exportPng(Path file) throws IOException {
        if (stale) redraw();
        WritableImage img = panels.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }

    @Override
    public void exportSvg(Path file) throws IOException {
        HeatmapSvg.write(file, vm.frames(), vm.positionTextProperty().get(), vm.palette(), appearance.theme());
    }

    @Override
    public List<String[]> csvRows() {
        return vm.csvRows();
    }

    /** The ARGB image of layer {@code i} as a BufferedImage (tests, export). */
    static BufferedImage toImage(LayerFrame f) {
        BufferedImage b = new BufferedImage(f.rows(), f.cols(), BufferedImage.TYPE_INT_ARGB);
        b.setRGB(0, 0, f.rows(), f.cols(), f.pixels(), 0, f.rows());
        return b;
    }
}
