package org.sparsegnn.app;

import javafx.application.Application;
import org.sparsegnn.app.shell.WorkbenchApp;

/**
 * Entry point of the jar. Deliberately not an {@link Application}: with JavaFX on the class path (java -jar) a
 * main class extending Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
