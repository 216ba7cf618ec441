package org.sparsegnn.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import org.sparsegnn.app.session.ComputeThreads;
import org.sparsegnn.app.shell.AppOptions;
import org.sparsegnn.app.shell.WorkbenchApp;
import org.sparsegnn.engine.errors.ErrorMessages;

/**
 * Entry point of the jar. Deliberately not an {@link Application}: with JavaFX on the class path (java -jar) a
 * main class extending Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            AppOptions options = AppOptions.parse(List.of(args)); // bad options: one line and exit 2, before any window
            if (options.helpText() != null) {
                System.out.print(options.helpText());
                System.exit(0);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("sparsegnn-workbench: " + ErrorMessages.describe(e));
            System.exit(2);
        }
        if (noDisplay()) {
            System.err.println("sparsegnn-workbench: no display to open a window on (DISPLAY is not set); "
                    + "start it from a desktop session, or headless as: xvfb-run -a java -jar sparsegnn-workbench.jar …");
            System.exit(2);
        }
        // The app draws charts and exports images with Java2D but opens no AWT window: headless AWT skips connecting
        // a second X11 client and querying its visuals, which took a few hundred ms in the middle of the first run
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        // ND4J's native libraries are loaded here, before JavaFX starts any thread. JavaCPP's loader calls dlclose()
        // from inside a dl_iterate_phdr() callback, which deadlocks against any other thread's dlopen() at that
        // moment (seen: the window hung for good while JavaFX's render thread loaded libdecora_sse.so during a
        // background ND4J start-up). Loaded now, nothing else can be opening a library.
        ComputeThreads.limitNd4j();
        Application.launch(WorkbenchApp.class, args);
    }

    /** On Linux/BSD JavaFX needs an X11 (or XWayland) display unless a headless glass platform is configured. */
    static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return false;
        if (System.getProperty("glass.platform") != null) return false; // e.g. Monocle headless
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
