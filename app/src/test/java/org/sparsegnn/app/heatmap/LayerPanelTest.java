package org.sparsegnn.app.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.app.theme.MaskPalette.CellState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A layer panel shows the renderer's pixels scaled into its image, cell by cell, with a title that names the layer.
 * (How fast it redraws is a benchmark, {@link HeatmapRedrawBench}, not a test.)
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class LayerPanelTest {
    private LayerPanel panel;

    @Start
    void start(Stage stage) {
        panel = new LayerPanel(new HeatmapViewModel(new RunStore()));
        stage.setScene(new Scene(new StackPane(panel), 1200, 800));
        stage.show();
    }

    @Test
    void showsEachWeightAsACellOfItsColour(FxRobot robot) {
        int rows = 16, cols = 8;
        BitSet mask = new BitSet(rows * cols);
        for (int i = 0; i < rows * cols; i += 3) mask.set(i); // (0,0) active, (0,1) inactive
        HeatmapRenderer renderer = new HeatmapRenderer(MaskPalette.standard());
        int[] px = new int[rows * cols];
        renderer.render(rows, cols, mask, null, null, px);
        Image[] image = new Image[1];
        String[] title = new String[1];
        robot.interact(() -> {
            panel.show(new LayerFrame("gcn.layer1.weight", rows, cols, px, HeatmapRenderer.rowDensity(rows, cols, mask),
                    HeatmapRenderer.colDensity(rows, cols, mask), 2 / 3.0, 0.1, 0, 0, 0, ""), 1100, 1.0, 1.0);
            ImageView view = find(panel, ImageView.class);
            image[0] = view.getImage();
            title[0] = find(panel, Label.class).getText();
        });
        assertNotNull(image[0]);
        int w = (int) image[0].getWidth(), h = (int) image[0].getHeight();
        assertTrue(w > rows && h > cols, "cells are scaled up: " + w + "×" + h);
        int cellW = w / rows, cellH = h / cols;
        var reader = image[0].getPixelReader();
        // the middle of cell (row 0, col 0) and of cell (row 0, col 1): x is the row, y the column
        assertEquals(MaskPalette.standard().color(CellState.ACTIVE), reader.getArgb(cellW / 2, cellH / 2));
        assertEquals(MaskPalette.standard().color(CellState.INACTIVE), reader.getArgb(cellW / 2, cellH + cellH / 2));
        assertTrue(title[0].contains("gcn.layer1.weight · 16 inputs × 8 outputs"), title[0]);
    }

    private static <T extends Node> T find(Parent root, Class<T> type) {
        for (Node n : root.getChildrenUnmodifiable()) {
            if (type.isInstance(n)) return type.cast(n);
            if (n instanceof Parent p) {
                T inner = find(p, type);
                if (inner != null) return inner;
            }
        }
        return null;
    }
}
