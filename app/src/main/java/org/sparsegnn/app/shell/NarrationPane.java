package org.sparsegnn.app.shell;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** "What just happened": the narration of the run in plain words, kept scrolled to the newest line. */
final class NarrationPane {
    private final Workbench wb;

    NarrationPane(Workbench wb) {
        this.wb = wb;
    }

    Node node() {
        Label title = new Label("What just happened");
        title.getStyleClass().add("section-title");
        ListView<String> list = new ListView<>(wb.narration.lines());
        list.setId("narration");
        list.getStyleClass().add("narration-list");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                // the list's width less its scroll bar, which grows with the zoom (no sideways scrolling)
                prefWidthProperty().bind(list.widthProperty().subtract(Bindings.createDoubleBinding(
                        () -> 12 + 18 * wb.appearance.zoom(), wb.appearance.zoomProperty())));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setPlaceholder(new Label("Events of the run are explained here in plain words as they happen."));
        // after the new cells are laid out, and through the flow: ListView.scrollTo puts the item at the top and,
        // with wrapped lines of different heights, its size estimate left the newest lines below the viewport
        Runnable toEnd = () -> {
            int last = wb.narration.lines().size() - 1;
            if (last < 0) return;
            if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                scrollToEnd(flow, last);
            } else {
                list.scrollTo(last);
            }
        };
        // once right after the change, and once more after the next frames: under heavy load a later layout pass
        // (new wrapped heights) could leave the newest line just below the edge
        PauseTransition again = new PauseTransition(Duration.millis(150));
        again.setOnFinished(e -> toEnd.run());
        wb.narration.lines().addListener((ListChangeListener<String>) c -> Platform.runLater(() -> {
            toEnd.run();
            again.playFromStart();
        }));
        VBox box = new VBox(4, title, list);
        box.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /**
     * Brings cell {@code last} into view with its bottom on the list's bottom. The cell is laid out first (a few
     * visible cells, once per event batch), because its wrapped height is only known then.
     */
    private static <T extends IndexedCell> void scrollToEnd(
            VirtualFlow<T> flow, int last) {
        flow.scrollTo(last);
        flow.layout();
        T cell = flow.getVisibleCell(last);
        if (cell != null) flow.scrollToBottom(cell);
    }
}
