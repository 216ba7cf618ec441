package org.sparsegnn.app.runs;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.DirectoryChooser;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.theme.Appearance;

/** Table of all runs: overlay checkboxes, baseline pin, follow, save / open experiment, export everything. */
public final class RunsView implements ExportableView {
    private final RunsViewModel vm;
    private final TableView<RunRow> table = new TableView<>();
    private final VBox root;

    /** Widest value each column usually shows, so neither header nor value is cut to "…" (measured per zoom). */
    private final Map<TableColumn<RunRow, ?>, String> widest = new LinkedHashMap<>();

    public RunsView(RunsViewModel vm, Consumer<Path> exportAll, Appearance appearance) {
        this.vm = vm;
        table.setId("runs-table");
        // rows are attached while the tab is shown (see hidden())
        TableColumn<RunRow, Boolean> overlay = new TableColumn<>("Overlay");
        overlay.setCellValueFactory(c -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(vm.isOverlaid(c.getValue().runId()));
            p.addListener((o, a, v) -> vm.setOverlaid(c.getValue().runId(), v));
            return p;
        });
        overlay.setCellFactory(CheckBoxTableCell.forTableColumn(overlay));
        overlay.setEditable(true);
        table.setEditable(true);
        table.getColumns().add(overlay);
        table.getColumns().add(text("Baseline", r -> r.baseline() ? "pinned" : ""));
        table.getColumns().add(text("Dataset", RunRow::dataset));
        table.getColumns().add(text("Task", r -> "link".equals(r.task()) ? "link" : "node"));
        table.getColumns().add(text("Model", RunRow::model));
        table.getColumns().add(text("Method", RunRow::method));
        table.getColumns().add(text("Sparsity", r -> pct(r.sparsity())));
        table.getColumns().add(text("Seed", RunRow::seed));
        table.getColumns().add(text("Best val", r -> pct(r.bestVal())));
        table.getColumns().add(text("Test acc", r -> pct(r.test())));
        table.getColumns().add(text("AUC", r -> num(r.testAuc())));
        table.getColumns().add(text("AP", r -> num(r.testAp())));
        table.getColumns().add(text("FLOPs", r -> Double.isNaN(r.flopsRatio()) ? "–"
                : String.format(Locale.ROOT, "%.3f×", r.flopsRatio())));
        table.getColumns().add(text("Time", r -> Double.isNaN(r.seconds()) ? "–" : String.format(Locale.ROOT, "%.1f s", r.seconds())));
        table.getColumns().add(text("Status", RunRow::status));
        table.getColumns().add(text("Run id", RunRow::runId));
        for (TableColumn<RunRow, ?> c : table.getColumns()) widest.put(c, SAMPLE_VALUES.getOrDefault(c.getText(), ""));
        // columns fill the width but never shrink below header and usual value: a narrow window (or 200 % zoom)
        // scrolls sideways instead of cutting every header to "…"
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        appearance.onChange(() -> sizeColumns(appearance.zoom()));
        table.setPlaceholder(new Label("Every run of this session is listed here. Press Run to make the first one."));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button pin = new Button("Pin / unpin baseline");
        pin.setOnAction(e -> selected(vm::pinBaseline));
        Button follow = new Button("Show in heatmap and FLOPs");
        follow.setOnAction(e -> selected(vm::follow));
        Button save = new Button("Save experiment…");
        save.setId("save-experiment");
        save.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Save the runs (one folder each: config.json, events.jsonl, masks.npz) into…");
            var d = dc.showDialog(table.getScene().getWindow());
            if (d != null) vm.save(d.toPath());
        });
        Button open = new Button("Open experiment…");
        open.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Open a saved run folder (or a folder of them)");
            var d = dc.showDialog(table.getScene().getWindow());
            if (d != null) vm.open(d.toPath());
        });
        Button export = new Button("Export everything…");
        export.setOnAction(e -> {
            var d = new DirectoryChooser().showDialog(table.getScene().getWindow());
            if (d != null) exportAll.accept(d.toPath());
        });
        Label msg = new Label();
        msg.textProperty().bind(vm.messageProperty());
        msg.setWrapText(true);
        Label hint = new Label("Tick Overlay to compare runs in the charts; pin one as the baseline (drawn thicker). "
                + "For the paper's Fig. 7, run slr and rigl on the same data and overlay both.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        msg.setMinHeight(Region.USE_PREF_SIZE);
        msg.managedProperty().bind(msg.textProperty().isNotEmpty()); // no empty gap above the table
        FlowPane buttons = new FlowPane(8, 4, pin, follow, save, open, export);
        buttons.getChildren().forEach(n -> ((Button) n).setMinWidth(Region.USE_PREF_SIZE));
        root = new VBox(6, buttons, hint, msg, table);
        root.setPadding(new Insets(6, 8, 0, 8));
        root.setId("runs-view");
    }

    private static final Map<String, String> SAMPLE_VALUES = Map.ofEntries(
            Map.entry("Dataset", "sbm-7class"), Map.entry("Method", "dst-ee"),
            Map.entry("Sparsity", "99.9 %"), Map.entry("Best val", "100.0 %"),
            Map.entry("Test acc", "100.0 %"), Map.entry("AUC", "0.000"),
            Map.entry("AP", "0.000"), Map.entry("FLOPs", "0.000×"),
            Map.entry("Time", "999.9 s"), Map.entry("Status", "finished"),
            Map.entry("Baseline", "pinned"), Map.entry("Run id", "run-10"));

    /** Each column at least as wide as its header and its usual widest value at the window's font size. */
    private void sizeColumns(double zoom) {
        Font plain = Font.font(13 * zoom);
        Font bold = Font.font(null, FontWeight.BOLD, 13 * zoom);
        for (var e : widest.entrySet()) {
            double w = Math.max(textWidth(e.getKey().getText(), bold), textWidth(e.getValue(), plain)) + 14 * zoom;
            e.getKey().setMinWidth(w);
            e.getKey().setPrefWidth(w);
        }
    }

    private static double textWidth(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    private void selected(Consumer<String> action) {
        RunRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) action.accept(r.runId());
        table.refresh();
    }

    private static TableColumn<RunRow, String> text(String title, Function<RunRow, String> f) {
        TableColumn<RunRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    @Override public String id() { return "runs"; }
    @Override public String title() { return "Runs"; }
    @Override public Node node() { return root; }

    @Override
    public void shown() {
        if (table.getItems() != vm.rows()) table.setItems(vm.rows());
    }

    @Override
    public void hidden() {
        table.setItems(FXCollections.observableArrayList());
    }

    @Override
    public void exportPng(Path file) throws IOException {
        boolean wasShown = table.getItems() == vm.rows();
        shown();
        table.applyCss();
        table.layout();
        ImageIO.write(SwingFXUtils.fromFXImage(table.snapshot(null, null), null), "png", file.toFile());
        if (!wasShown) hidden();
    }

    @Override
    public void exportSvg(Path file) throws IOException {
        List<String[]> rows = vm.csvRows();
        int w = 1400, lineH = 20;
        SVGGraphics2D g = new SVGGraphics2D(w, lineH * (rows.size() + 1));
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, lineH * (rows.size() + 1));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        int colW = w / rows.get(0).length;
        for (int i = 0; i < rows.size(); i++) {
            g.setColor(i == 0 ? Color.BLACK : Color.DARK_GRAY);
            for (int j = 0; j < rows.get(i).length; j++) g.drawString(rows.get(i)[j], 4 + j * colW, lineH * (i + 1) - 5);
        }
        SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
    }

    @Override
    public List<String[]> csvRows() {
        return vm.csvRows();
    }
}
