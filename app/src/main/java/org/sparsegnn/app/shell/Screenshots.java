package org.sparsegnn.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.sparsegnn.app.charts.ChartImageView;
import org.sparsegnn.engine.errors.ErrorMessages;

/**
 * Renders the whole window with each view selected in turn and saves PNGs ({@code NN-<view>.png}); a target
 * ending in ".png" gets only the window as it is. Asynchronous: each tab gets a moment to lay out and redraw.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void capture(MainWindow w, Path target, Runnable done) {
        List<Path> written = new ArrayList<>();
        if (target.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            later(() -> {
                save(w, target, written);
                done.run();
            });
            return;
        }
        step(w, target, 0, written, done);
    }

    private static void step(MainWindow w, Path dir, int i, List<Path> written, Runnable done) {
        if (i >= w.views().size()) {
            w.tabs().getSelectionModel().select(0);
            done.run();
            return;
        }
        w.tabs().getSelectionModel().select(i);
        later(() -> {
            save(w, dir.resolve(String.format(Locale.ROOT, "%02d-%s.png", i + 1, w.views().get(i).id())), written);
            step(w, dir, i + 1, written, done);
        });
    }

    /** After a moment for layout, and once every chart has drawn its newest state (they draw off the FX thread). */
    private static void later(Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(400));
        p.setOnFinished(e -> whenChartsSettled(r, 100));
        p.play();
    }

    private static void whenChartsSettled(Runnable r, int triesLeft) {
        if (ChartImageView.allSettled() || triesLeft == 0) {
            r.run();
            return;
        }
        PauseTransition p = new PauseTransition(Duration.millis(50));
        p.setOnFinished(e -> whenChartsSettled(r, triesLeft - 1));
        p.play();
    }

    static void save(MainWindow w, Path file, List<Path> written) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            w.scene().getRoot().applyCss();
            w.scene().getRoot().layout();
            WritableImage img = w.scene().snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
            written.add(file);
            System.out.println("screenshot: " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("could not write screenshot " + file + ": " + ErrorMessages.describe(e));
        }
    }
}
